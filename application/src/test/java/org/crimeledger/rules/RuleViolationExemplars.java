package org.crimeledger.rules;

import static org.crimeledger.rules.RecordSetBuilder.RECEIVED;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * For every catalogued rule, the smallest change to a valid baseline that breaks that rule and no other. Each
 * exemplar is one or more record sets, checked in one run (several only for rules across records).
 */
final class RuleViolationExemplars {

    private static final Instant DAY_LATER = RECEIVED.plusSeconds(30 * 3600);

    static final Map<String, Supplier<List<RecordSetBuilder>>> BY_CODE = new LinkedHashMap<>();

    private RuleViolationExemplars() {
    }

    private static void breaks(String code, Supplier<RecordSetBuilder> variant) {
        BY_CODE.put(code, () -> List.of(variant.get()));
    }

    static {
        // Timeliness
        breaks("CRR-TIME-001", () -> RecordSetBuilder.recordedCrime().with(s -> {
            s.decision.decidedAt = DAY_LATER;
            s.crime().recordedAt = DAY_LATER;
            s.closedAt = DAY_LATER.plusSeconds(60);
        }));
        breaks("CRR-TIME-002", () -> RecordSetBuilder.recordedCrime().with(s -> {
            s.receivedAt = Instant.parse("2012-03-02T10:00:00Z");
            s.crime().offenceFrom = s.receivedAt.minusSeconds(7200);
            s.crime().offenceTo = s.receivedAt.minusSeconds(3600);
            s.crime().reportedAt = s.receivedAt;
            s.victims.get(0).dateOfBirth = null;
            s.decision.decidedAt = s.receivedAt.plusSeconds(80 * 3600);
            s.crime().recordedAt = s.decision.decidedAt;
            s.closedAt = s.decision.decidedAt.plusSeconds(60);
        }));
        breaks("CRR-TIME-003", () -> RecordSetBuilder.recordedCrime().with(s -> {
            s.decision = null;
            s.crimes.clear();
            s.closedAt = null;
        }));
        breaks("CRR-TIME-004", () -> RecordSetBuilder.recordedCrime().with(s -> s.crime().recordedAt = RECEIVED.minusSeconds(60)));
        breaks("CRR-TIME-005", () -> RecordSetBuilder.recordedCrime().with(s -> s.crime().offenceTo = RECEIVED.plusSeconds(3600)));
        breaks("CRR-TIME-006", () -> RecordSetBuilder.recordedCrime().with(s -> s.crime().offenceTo = RECEIVED.minusSeconds(3 * 3600)));
        breaks("CRR-TIME-007", () -> RecordSetBuilder.noCrime().with(s -> s.decision.decidedAt = RECEIVED.minusSeconds(60)));
        // The crime-recording decision
        breaks("CRR-DEC-001", () -> RecordSetBuilder.noCrime().with(s -> s.decision = null));
        breaks("CRR-DEC-002", () -> RecordSetBuilder.noCrime().with(s -> s.decision.noCrimeReason = null));
        breaks("CRR-DEC-003", () -> RecordSetBuilder.noCrime().with(s -> s.decision.noCrimeReason = "VICTIM_DECLINED_TO_SUPPORT"));
        breaks("CRR-DEC-004", () -> RecordSetBuilder.noCrime().with(s -> s.decision.explanation = " "));
        breaks("CRR-DEC-005", () -> RecordSetBuilder.noCrime().with(s -> {
            s.reporterRelation = "PROFESSIONAL_THIRD_PARTY";
            s.decision.noCrimeReason = "THIRD_PARTY_NOT_CONFIRMED";
        }));
        breaks("CRR-DEC-006", () -> RecordSetBuilder.noCrime().with(s -> s.reporterRelation = "PARENT_OR_CARER"));
        breaks("CRR-DEC-007", () -> RecordSetBuilder.noCrime().with(s -> {
            s.decision.kind = "TRANSFERRED";
            s.decision.noCrimeReason = null;
        }));
        breaks("CRR-DEC-008", () -> RecordSetBuilder.recordedCrime().with(s -> s.crimes.clear()));
        // Victims and counting
        breaks("CRR-CNT-001", () -> RecordSetBuilder.recordedCrime().with(s -> s.crime().victimIds.clear()));
        breaks("CRR-CNT-002", () -> RecordSetBuilder.recordedCrime().with(s -> {
            RecordSetBuilder.Victim second = new RecordSetBuilder.Victim();
            second.id = "V2";
            second.personKey = "SAM JONES|1979-01-01";
            s.victims.add(second);
            s.crime().victimIds.add("V2");
        }));
        breaks("CRR-CNT-003", () -> RecordSetBuilder.recordedCrime().with(s -> {
            RecordSetBuilder.Crime second = new RecordSetBuilder.Crime();
            second.reference = "CR-2";
            second.classification = "105A";
            s.crimes.add(second);
        }));
        breaks("CRR-CNT-004", () -> RecordSetBuilder.recordedCrime().with(s -> {
            s.crime().classification = "8L";
            RecordSetBuilder.Crime second = new RecordSetBuilder.Crime();
            second.reference = "CR-2";
            second.classification = "8Q";
            s.crimes.add(second);
        }));
        BY_CODE.put("CRR-CNT-005", () -> List.of(RecordSetBuilder.recordedCrime(),
                RecordSetBuilder.recordedCrime().with(s -> {
                    s.reference = "INC-2";
                    s.crime().reference = "CR-2";
                    s.crime().offenceFrom = s.crime().offenceFrom.plusSeconds(1800);
                })));
        breaks("CRR-CNT-006", () -> RecordSetBuilder.recordedCrime().with(s -> s.crime().classification = "92A"));
        breaks("CRR-CNT-007", () -> RecordSetBuilder.recordedCrime().with(s -> s.victims.get(0).id = "V9"));
        // Rape and N100
        breaks("CRR-RAPE-001", () -> RecordSetBuilder.noCrime().with(s -> s.reportedClassification = "19C"));
        breaks("CRR-RAPE-002", () -> RecordSetBuilder.noCrime().with(s -> {
            s.decision.kind = "N100";
            s.decision.noCrimeReason = null;
        }));
        breaks("CRR-RAPE-003", () -> RecordSetBuilder.cancelledCrime().with(s -> {
            s.crime().classification = "19C";
            s.crime().modeOfTrial = "INDICTABLE_ONLY";
        }));
        // Cancellations and transfers
        breaks("CRR-CAN-001", () -> RecordSetBuilder.cancelledCrime().with(s -> s.cancellations.get(0).additionalInformation = ""));
        breaks("CRR-CAN-002", () -> RecordSetBuilder.cancelledCrime().with(s -> s.cancellations.get(0).decidedBy = "OFFICER"));
        breaks("CRR-CAN-003", () -> RecordSetBuilder.cancelledCrime().with(s -> {
            s.crime().classification = "8L";
            s.cancellations.get(0).cancellationClass = "C5";
        }));
        breaks("CRR-CAN-004", () -> RecordSetBuilder.cancelledCrime().with(s -> {
            s.crime().status = "TRANSFERRED";
            s.cancellations.get(0).cancellationClass = "C1";
            s.cancellations.get(0).targetForceReference = "TVP/2026/000123";
        }));
        breaks("CRR-CAN-005", () -> RecordSetBuilder.cancelledCrime().with(s -> {
            s.crime().status = "TRANSFERRED";
            s.cancellations.get(0).cancellationClass = "C1";
            s.cancellations.get(0).targetForce = "Thames Valley Police";
        }));
        breaks("CRR-CAN-006", () -> RecordSetBuilder.cancelledCrime().with(s -> s.cancellations.get(0).cancellationClass = "C3"));
        breaks("CRR-CAN-007", () -> RecordSetBuilder.cancelledCrime().with(s -> s.cancellations.get(0).victimToldAt = null));
        // Reclassification
        breaks("CRR-CLS-001", () -> RecordSetBuilder.downgradedCrime().with(s -> s.reclassifications.get(0).decidedBy = null));
        breaks("CRR-CLS-002", () -> RecordSetBuilder.downgradedCrime().with(s -> s.reclassifications.get(0).reason = ""));
        breaks("CRR-CLS-003", () -> RecordSetBuilder.downgradedCrime().with(s -> s.reclassifications.get(0).decidedBy = "SUPERVISOR"));
        // Outcomes
        breaks("CRR-OUT-001", () -> RecordSetBuilder.outcomeGiven().with(s -> s.crime().namedSuspect = false));
        breaks("CRR-OUT-002", () -> RecordSetBuilder.outcomeGiven().with(s -> {
            s.crime().modeOfTrial = "INDICTABLE_ONLY";
            s.outcomes.get(0).type = "3";
        }));
        breaks("CRR-OUT-003", () -> RecordSetBuilder.outcomeGiven().with(s -> {
            s.crime().modeOfTrial = "INDICTABLE_ONLY";
            s.outcomes.get(0).type = "8";
            s.outcomes.get(0).authorisedRank = "INSPECTOR";
        }));
        breaks("CRR-OUT-004", () -> RecordSetBuilder.outcomeGiven().with(s -> {
            s.crime().relationship = "FAMILY";
            s.crime().flags.add("DOMESTIC_ABUSE");
            s.outcomes.get(0).type = "8";
        }));
        breaks("CRR-OUT-005", () -> RecordSetBuilder.outcomeGiven().with(s -> {
            s.crime().relationship = "EX_PARTNER";
            s.crime().flags.add("DOMESTIC_ABUSE");
            s.outcomes.get(0).type = "8";
            s.outcomes.get(0).authorisedRank = "INSPECTOR";
        }));
        breaks("CRR-OUT-006", () -> RecordSetBuilder.outcomeGiven().with(s -> {
            s.outcomes.get(0).type = "6";
            s.outcomes.get(0).suspectPreviousOffences = 12;
        }));
        breaks("CRR-OUT-007", () -> RecordSetBuilder.outcomeGiven().with(s -> s.outcomes.get(0).outcomeAt = RECEIVED.plusSeconds(3600)));
        breaks("CRR-OUT-008", () -> RecordSetBuilder.outcomeGiven().with(s -> s.outcomes.get(0).crimeReference = "CR-9"));
        breaks("CRR-OUT-009", () -> RecordSetBuilder.outcomeGiven().with(s -> s.outcomes.get(0).type = "18"));
        // Flags
        breaks("CRR-FLG-001", () -> RecordSetBuilder.recordedCrime().with(s -> {
            s.crime().relationship = "STRANGER";
            s.crime().flags.add("DOMESTIC_ABUSE");
        }));
        breaks("CRR-FLG-002", () -> RecordSetBuilder.recordedCrime().with(s -> s.crime().relationship = "INTIMATE_PARTNER"));
        breaks("CRR-FLG-003", () -> RecordSetBuilder.recordedCrime().with(s -> {
            s.crime().flags.add("DOMESTIC_ABUSE");
            s.victims.get(0).dateOfBirth = java.time.LocalDate.of(2012, 1, 1);
        }));
        breaks("CRR-FLG-004", () -> RecordSetBuilder.recordedCrime().with(s -> s.crime().flags.add("CHILD_SEXUAL_EXPLOITATION")));
    }
}
