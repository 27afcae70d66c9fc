package org.crimeledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crimeledger.rules.Classifications.ASSAULT_WITHOUT_INJURY;
import static org.crimeledger.rules.Classifications.HARASSMENT;
import static org.crimeledger.rules.Classifications.MALICIOUS_COMMUNICATIONS;
import static org.crimeledger.rules.Classifications.MODERN_SLAVERY;
import static org.crimeledger.rules.Classifications.RAPE_OF_A_FEMALE_AGED_16_AND_OVER;
import static org.crimeledger.rules.CountingRuleCode.RECORDED_IN_ADDITION;
import static org.crimeledger.rules.ReportedOffences.assaultOnOneVictim;

import org.junit.jupiter.api.Test;

class RecordedInAdditionTests {

    @Test
    void modernSlaveryIsRecordedInAdditionToTheRape() {
        CountingDecision decision = assaultOnOneVictim().instead(RAPE_OF_A_FEMALE_AGED_16_AND_OVER)
                .and(MODERN_SLAVERY).counted();

        assertThat(decision.crimes()).extracting(ProposedCrime::principal)
                .containsExactly(RAPE_OF_A_FEMALE_AGED_16_AND_OVER, MODERN_SLAVERY);
        assertThat(decision.crimes().get(1).rulesApplied()).contains(RECORDED_IN_ADDITION);
        assertThat(decision.crimes().get(1).rationale()).contains("CRR26 pp.13, 48, 63");
    }

    @Test
    void modernSlaveryDisclosedTwiceIsStillOneCrimeBesideTheAssault() {
        CountingDecision decision = assaultOnOneVictim().and(MODERN_SLAVERY).and(MODERN_SLAVERY).counted();

        assertThat(decision.crimes()).extracting(ProposedCrime::principal)
                .containsExactly(ASSAULT_WITHOUT_INJURY, MODERN_SLAVERY);
    }

    @Test
    void aBreachOfARestrainingOrderIsRecordedInAdditionToTheHarassment() {
        CountingDecision decision = assaultOnOneVictim().instead(HARASSMENT).onLine("195/94")
                .and(HARASSMENT).onLine("008/31").counted();

        assertThat(decision.crimes()).hasSize(2).allSatisfy(crime -> assertThat(crime.principal()).isEqualTo(HARASSMENT));
        assertThat(decision.crimes().get(1).rationale()).contains("breach of a court order", "CRR26 pp.56-57, 89");
    }

    @Test
    void aThreateningCommunicationContinuingHarassmentIsRecordedInAddition() {
        CountingDecision decision = assaultOnOneVictim().instead(HARASSMENT).onLine("195/94")
                .and(MALICIOUS_COMMUNICATIONS).onLine("005/28").counted();

        assertThat(decision.crimes()).extracting(ProposedCrime::principal).containsExactly(HARASSMENT, MALICIOUS_COMMUNICATIONS);
        assertThat(decision.crimes().get(1).rationale()).contains("CRR26 p.58");
    }

    @Test
    void aThreateningCommunicationWithOnlyAnAssaultIsTakenIntoTheMoreSeriousCrime() {
        CountingDecision decision = assaultOnOneVictim().and(MALICIOUS_COMMUNICATIONS).onLine("005/28").counted();

        assertThat(decision.crimes()).singleElement().satisfies(crime -> {
            assertThat(crime.principal()).isEqualTo(MALICIOUS_COMMUNICATIONS);
            assertThat(crime.related()).containsExactly(ASSAULT_WITHOUT_INJURY);
        });
    }
}
