package org.crimeledger.recording.internal;

import java.util.Set;

import org.crimeledger.recording.DecisionRequest;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What each kind of decision must carry before anything is written: a no-crime reason and its
 * explanation, an N100 sub-code, a receiving force, or victims and offences with known flags.
 */
@Component
public class DecisionChecks {

    private static final Set<String> N100_SUBCODES = Set.of("N100/01", "N100/02", "N100/03");

    private final JdbcClient jdbc;

    DecisionChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void require(DecisionRequest request) {
        switch (request.kind()) {
            case NO_CRIME -> {
                if (blank(request.noCrimeReason()) || !knownNoCrimeReason(request.noCrimeReason())) {
                    throw invalid("noCrimeReason", request.noCrimeReason(), "Choose a reason from the list");
                }
                if (blank(request.explanation())) {
                    throw invalid("explanation", null,
                            "Explain why no crime is recorded and why that does not breach the standard");
                }
            }
            case N100 -> {
                if (!N100_SUBCODES.contains(request.n100Subcode())) {
                    throw invalid("n100Subcode", request.n100Subcode(), "Choose N100/01, N100/02 or N100/03");
                }
            }
            case TRANSFERRED -> {
                if (blank(request.transferForce())) {
                    throw invalid("transferForce", null, "Name the force the crime is transferred to");
                }
            }
            case CRIMES_RECORDED -> requireCrimeDetails(request);
        }
    }

    private void requireCrimeDetails(DecisionRequest request) {
        for (int i = 0; i < request.flags().size(); i++) {
            String flag = request.flags().get(i);
            if (!jdbc.sql("select count(*) from crime_flag_type where code = :code and active").param("code", flag)
                    .query(Integer.class).single().equals(1)) {
                throw invalid("flags[" + i + "]", flag, "There is no crime flag '" + flag + "'");
            }
        }
        if (request.flags().contains("CHILD_SEXUAL_EXPLOITATION") && !request.flags().contains("CHILD_SEXUAL_ABUSE")) {
            throw invalid("flags", "CHILD_SEXUAL_EXPLOITATION",
                    "Every child sexual exploitation offence also carries the child sexual abuse flag (CRR26 p.29)");
        }
        if (request.offenceFrom() != null && request.offenceTo() != null
                && request.offenceTo().isBefore(request.offenceFrom())) {
            throw invalid("offenceTo", request.offenceTo(), "The offence cannot end before it started");
        }
        for (int i = 0; i < request.suspects().size(); i++) {
            DecisionRequest.SuspectInput suspect = request.suspects().get(i);
            if (blank(suspect.name()) && blank(suspect.description())) {
                throw invalid("suspects[" + i + "]", null, "Give the suspect's name or a description");
            }
        }
    }

    private boolean knownNoCrimeReason(String code) {
        return jdbc.sql("select count(*) from no_crime_reason where code = :code").param("code", code)
                .query(Integer.class).single() > 0;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static InvalidRequestException invalid(String field, Object value, String reason) {
        return new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "Decision not complete", field, value, reason);
    }
}
