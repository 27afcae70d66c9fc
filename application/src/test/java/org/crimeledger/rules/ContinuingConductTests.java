package org.crimeledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crimeledger.rules.Classifications.ASSAULT_WITH_INJURY;
import static org.crimeledger.rules.Classifications.HARASSMENT;
import static org.crimeledger.rules.Classifications.MALICIOUS_COMMUNICATIONS;
import static org.crimeledger.rules.ContinuingConduct.Outcome.ADD_TO_THE_RECORDED_CRIME;
import static org.crimeledger.rules.ContinuingConduct.Outcome.RECORD_A_NEW_CRIME;
import static org.crimeledger.rules.ContinuingConduct.Outcome.RECORD_IN_ADDITION;
import static org.crimeledger.rules.ReportedOffences.VICTIM;

import java.time.LocalDate;

import org.crimeledger.rules.ContinuingConduct.Decision;
import org.crimeledger.rules.ContinuingConduct.RecordedConductCrime;
import org.junit.jupiter.api.Test;

class ContinuingConductTests {

    private static final LocalDate LAST_RECORDED = LocalDate.of(2026, 5, 10);
    private static final RecordedConductCrime HARASSMENT_ON_RECORD = new RecordedConductCrime(LAST_RECORDED, false);
    private static final ReportedOffence MORE_HARASSMENT = ReportedOffence.against(HARASSMENT, VICTIM).onOffenceLine("195/94");

    private final ContinuingConduct rule = new ContinuingConduct();

    @Test
    void harassmentContinuingWithinThreeMonthsIsAddedToTheRecordedCrime() {
        Decision decision = rule.decide(HARASSMENT_ON_RECORD, MORE_HARASSMENT, LocalDate.of(2026, 8, 9));

        assertThat(decision.outcome()).isEqualTo(ADD_TO_THE_RECORDED_CRIME);
        assertThat(decision.rationale()).contains("2026-05-10", "CRR26 pp.52, 57-58");
    }

    @Test
    void harassmentResumingThreeMonthsAfterTheLastRecordedIncidentIsANewCrime() {
        Decision decision = rule.decide(HARASSMENT_ON_RECORD, MORE_HARASSMENT, LocalDate.of(2026, 8, 10));

        assertThat(decision.outcome()).isEqualTo(RECORD_A_NEW_CRIME);
        assertThat(decision.rationale()).contains("Force Crime Registrar");
    }

    @Test
    void harassmentAfterTheOffenderWasDealtWithIsANewCourseOfConduct() {
        Decision decision = rule.decide(new RecordedConductCrime(LAST_RECORDED, true), MORE_HARASSMENT,
                LocalDate.of(2026, 5, 20));

        assertThat(decision.outcome()).isEqualTo(RECORD_A_NEW_CRIME);
    }

    @Test
    void anOffensiveMessageContinuingTheHarassmentIsAddedToIt() {
        ReportedOffence message = ReportedOffence.against(MALICIOUS_COMMUNICATIONS, VICTIM).onOffenceLine("008/72");

        assertThat(rule.decide(HARASSMENT_ON_RECORD, message, LocalDate.of(2026, 5, 20)).outcome())
                .isEqualTo(ADD_TO_THE_RECORDED_CRIME);
    }

    @Test
    void aThreateningCommunicationIsRecordedInAddition() {
        ReportedOffence threat = ReportedOffence.against(MALICIOUS_COMMUNICATIONS, VICTIM).onOffenceLine("005/28");

        assertThat(rule.decide(HARASSMENT_ON_RECORD, threat, LocalDate.of(2026, 5, 20)).outcome())
                .isEqualTo(RECORD_IN_ADDITION);
    }

    @Test
    void anAssaultDuringTheHarassmentIsRecordedInAdditionAndItsCircumstancesAddedToTheHarassment() {
        Decision decision = rule.decide(HARASSMENT_ON_RECORD, ReportedOffence.against(ASSAULT_WITH_INJURY, VICTIM),
                LocalDate.of(2026, 5, 20));

        assertThat(decision.outcome()).isEqualTo(RECORD_IN_ADDITION);
        assertThat(decision.rationale()).contains("add its circumstances to the conduct crime");
    }
}
