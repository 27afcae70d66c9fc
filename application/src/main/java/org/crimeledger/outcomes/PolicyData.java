package org.crimeledger.outcomes;

import java.util.Arrays;
import java.util.List;

import org.crimeledger.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The outcome policies and the indictable-only offences, read from their tables: the one place their
 * parameters live, so a rules catalogue can list them from the same rows.
 */
@Service
public class PolicyData {

    private final JdbcClient jdbc;

    PolicyData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<OutcomePolicy> policies() {
        return jdbc.sql("select * from outcome_policy order by display_order")
                .query((rs, n) -> new OutcomePolicy(OutcomePolicyCode.valueOf(rs.getString("code")), rs.getString("name"),
                        Arrays.asList((String[]) rs.getArray("outcome_types").getArray()),
                        Arrays.stream((String[]) rs.getArray("authorising_roles").getArray()).map(Role::valueOf).toList(),
                        (Integer) rs.getObject("threshold"), rs.getString("reference")))
                .list();
    }

    public OutcomePolicy policy(OutcomePolicyCode code) {
        return policies().stream().filter(p -> p.code() == code).findFirst().orElseThrow();
    }

    public boolean indictableOnly(String classificationCode) {
        return jdbc.sql("select exists (select 1 from indictable_only_offence where classification_code = :code)")
                .param("code", classificationCode).query(Boolean.class).single();
    }

    public List<String> indictableOnlyOffences() {
        return jdbc.sql("select classification_code from indictable_only_offence order by classification_code")
                .query(String.class).list();
    }
}
