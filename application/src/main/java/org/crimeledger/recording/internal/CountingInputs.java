package org.crimeledger.recording.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.crimeledger.recording.DecisionRequest;
import org.crimeledger.recording.DecisionRequest.OffenceInput;
import org.crimeledger.rules.Classification;
import org.crimeledger.rules.ReportedOffence;
import org.crimeledger.standards.OffenceClassification;
import org.crimeledger.standards.ReferenceData;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Turns a decision request's offences into what the counting rules read, refusing unknown codes
 * and victim positions that do not exist, each named by its field. Victims are keyed "1", "2", ...
 * as people count them, so the rules' rationales read naturally.
 */
@Component
public class CountingInputs {

    private final ReferenceData referenceData;

    CountingInputs(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    public List<ReportedOffence> from(DecisionRequest request) {
        if (request.offences().isEmpty()) {
            throw invalid("offences", null, "Add at least one offence to record");
        }
        List<ReportedOffence> offences = new ArrayList<>();
        for (int i = 0; i < request.offences().size(); i++) {
            OffenceInput input = request.offences().get(i);
            String field = "offences[" + i + "]";
            OffenceClassification known = referenceData.offenceClassification(input.classificationCode())
                    .orElseThrow(() -> invalid(field + ".classificationCode", input.classificationCode(),
                            "There is no offence classification '" + input.classificationCode() + "'"));
            Set<String> victims = new LinkedHashSet<>();
            for (Integer position : input.victims()) {
                if (position == null || position < 0 || position >= request.victims().size()) {
                    throw invalid(field + ".victims", position, "There is no victim at position " + position
                            + "; the request names " + request.victims().size() + " victim(s)");
                }
                victims.add(Integer.toString(position + 1));
            }
            Classification classification = new Classification(known.code(), known.name(), known.victimBased(),
                    known.courseOfConduct(), known.seriousnessRank());
            String group = input.offenderGroup() == null || input.offenderGroup().isBlank()
                    ? ReportedOffence.ONE_OFFENDER_GROUP : input.offenderGroup();
            offences.add(new ReportedOffence(classification, null, victims, group));
        }
        return offences;
    }

    /**
     * Refuses a class that was not in force on the day the incident was reported: a deleted class is not given to
     * new records, and a class newer than the report is not either. Unknown classes were refused by {@link #from}.
     */
    public void requireInForce(DecisionRequest request, java.time.Instant reportedAt) {
        java.time.LocalDate reported = referenceData.dateOf(reportedAt);
        for (int i = 0; i < request.offences().size(); i++) {
            String code = request.offences().get(i).classificationCode();
            if (!referenceData.inForce(code, reported)) {
                throw invalid("offences[" + i + "].classificationCode", code, "Class '" + code
                        + "' was not in force on " + reported + ", when the incident was reported");
            }
        }
    }

    private static InvalidRequestException invalid(String field, Object value, String reason) {
        return new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "Offences not valid", field, value, reason);
    }
}
