package org.crimeledger.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Set;

/**
 * The finished incident rule for conduct crimes, for a report that continues a course of conduct already
 * recorded (CRR26 pp.57-58): the continuing conduct is added to the recorded crime unless the offender has
 * been dealt with, which ends the course of conduct (p.52), or 3 months have passed since the last recorded
 * incident. New notifiable offences are recorded in addition, their circumstances also added to the conduct crime.
 */
public final class ContinuingConduct {

    /** Conduct after this long from the last recorded incident starts a new crime; the FCR may add a longer gap. */
    public static final Period TIME_LIMIT = Period.ofMonths(3);

    /** Malicious communications that continue the conduct are included in it; threatening ones (005/28) are not. */
    static final Set<String> COMMUNICATIONS_INCLUDED = Set.of("008/72", "138/52");

    public enum Outcome { ADD_TO_THE_RECORDED_CRIME, RECORD_A_NEW_CRIME, RECORD_IN_ADDITION }

    /**
     * @param lastRecordedIncident the date of the last incident added to the conduct crime
     * @param offenderDealtWith whether the offender has since been charged, summonsed, cautioned or otherwise dealt with
     */
    public record RecordedConductCrime(LocalDate lastRecordedIncident, boolean offenderDealtWith) {

        public RecordedConductCrime {
            Objects.requireNonNull(lastRecordedIncident, "lastRecordedIncident");
        }
    }

    public record Decision(Outcome outcome, String rationale) {

        public CountingRuleCode rule() {
            return CountingRuleCode.CONTINUING_CONDUCT;
        }
    }

    public Decision decide(RecordedConductCrime recorded, ReportedOffence continuing, LocalDate continuedOn) {
        String reference = " (" + CountingRuleCode.CONTINUING_CONDUCT.reference() + ")";
        boolean continuesTheConduct = ConductCrimeOrder.isConductCrime(continuing)
                || continuing.classification().code().equals("8R") && continuing.onAnyOf(COMMUNICATIONS_INCLUDED);
        if (!continuesTheConduct) {
            return new Decision(Outcome.RECORD_IN_ADDITION, continuing.label() + " is a new notifiable offence: record"
                    + " it in addition, and add its circumstances to the conduct crime" + reference + ".");
        }
        if (recorded.offenderDealtWith()) {
            return new Decision(Outcome.RECORD_A_NEW_CRIME, "The offender has been dealt with since the conduct crime"
                    + " was recorded, which ends that course of conduct: " + continuing.label() + " starts a new crime"
                    + reference + ".");
        }
        if (!continuedOn.isBefore(recorded.lastRecordedIncident().plus(TIME_LIMIT))) {
            return new Decision(Outcome.RECORD_A_NEW_CRIME, "3 months or more have passed since the last recorded"
                    + " incident on " + recorded.lastRecordedIncident() + ": " + continuing.label() + " starts a new"
                    + " crime, unless the Force Crime Registrar adds the longer gap to the recorded crime"
                    + reference + ".");
        }
        return new Decision(Outcome.ADD_TO_THE_RECORDED_CRIME, continuing.label() + " continues the course of conduct"
                + " within 3 months of the last recorded incident on " + recorded.lastRecordedIncident()
                + ": add it to the recorded crime, which stays one crime" + reference + ".");
    }
}
