package org.crimeledger.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.crimeledger.DatabaseTest;
import org.crimeledger.RecordedCrimes;
import org.crimeledger.audit.Estimating;
import org.crimeledger.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The judgements export without need-to-know keeps every answer but not a restricted incident's reference or note. */
@DatabaseTest
class RestrictedJudgementsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RestrictedJudgements withheld;

    @Test
    void aRestrictedIncidentsReferenceAndNoteAreWithheldAndItsAnswersKept() throws Exception {
        RecordedCrimes crimes = new RecordedCrimes(mvc, accounts);
        String[] rape = row(crimes.record("19C").reference());
        String[] theft = row(crimes.record("49").reference());
        List<String[]> rows = new ArrayList<>(List.of(rape.clone(), theft.clone()));

        withheld.hideRestricted(rows);

        assertThat(rows.get(0)[RestrictedJudgements.REFERENCE]).isEqualTo(RestrictedJudgements.WITHHELD);
        assertThat(rows.get(0)[RestrictedJudgements.NOTE]).isEmpty();
        assertThat(rows.get(0)[5]).isEqualTo("true");
        assertThat(rows.get(1)).containsExactly(theft);
        assertThat(Estimating.CSV_HEADER.get(RestrictedJudgements.REFERENCE)).isEqualTo("incident_reference");
        assertThat(Estimating.CSV_HEADER.get(RestrictedJudgements.INCIDENT_ID)).isEqualTo("incident_id");
        assertThat(Estimating.CSV_HEADER.get(RestrictedJudgements.NOTE)).isEqualTo("note");
    }

    private String[] row(String crime) {
        var incident = jdbc.sql("select i.id, i.reference from incident i join crime c on c.incident_id = i.id"
                + " where c.reference = :r").param("r", crime)
                .query((rs, n) -> new String[] {rs.getString("id"), rs.getString("reference")}).single();
        return new String[] {"1", incident[1], incident[0], "stratum", "FIRST", "true", "true", "", "true", "true",
                "true", "true", "reviewer", "2026-11-27T10:00:00Z", "The victim's account of the assault", "yes"};
    }
}
