package org.crimeledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crimeledger.rules.Classifications.ASSAULT_WITH_INJURY;
import static org.crimeledger.rules.Classifications.CONTROLLING_OR_COERCIVE_BEHAVIOUR;
import static org.crimeledger.rules.Classifications.HARASSMENT;
import static org.crimeledger.rules.Classifications.MALICIOUS_COMMUNICATIONS;
import static org.crimeledger.rules.Classifications.STALKING;
import static org.crimeledger.rules.CountingRuleCode.CONDUCT_LEVEL_ASSUMED;
import static org.crimeledger.rules.CountingRuleCode.COURSE_OF_CONDUCT;
import static org.crimeledger.rules.ReportedOffences.assaultOnOneVictim;

import org.junit.jupiter.api.Test;

class CourseOfConductTests {

    /** Section 2 harassment, the baseline's conduct crime: the lowest of the conduct-crime order. */
    private static ReportedOffences harassment() {
        return assaultOnOneVictim().instead(HARASSMENT).onLine("195/94");
    }

    @Test
    void harassmentAloneIsOneCrime() {
        assertThat(harassment().counted().crimes()).singleElement()
                .satisfies(crime -> assertThat(crime.principal()).isEqualTo(HARASSMENT));
    }

    @Test
    void harassmentAndMaliciousCommunicationsBySameOffenderAreOneCourseOfConduct() {
        CountingDecision decision = harassment().and(MALICIOUS_COMMUNICATIONS).onLine("008/72").counted();

        assertThat(decision.crimes()).singleElement().satisfies(crime -> {
            assertThat(crime.principal()).isEqualTo(HARASSMENT);
            assertThat(crime.related()).containsExactly(MALICIOUS_COMMUNICATIONS);
            assertThat(crime.applied(COURSE_OF_CONDUCT)).isTrue();
            assertThat(crime.rationale()).contains("is the principal crime as a course of conduct", "CRR26 pp.55-57");
        });
        assertThat(decision.findings()).isEmpty();
    }

    @Test
    void harassmentByAnotherOffenderIsAnotherCrime() {
        CountingDecision decision = harassment().and(HARASSMENT).onLine("195/94").by("2").counted();

        assertThat(decision.numberOfCrimes()).isEqualTo(2);
    }

    @Test
    void aMixOfConductCrimesCountsOnceAsTheMostSeriousConductOffence() {
        CountingDecision decision = harassment().and(CONTROLLING_OR_COERCIVE_BEHAVIOUR).onLine("008/67")
                .and(STALKING).onLine("008/65").counted();

        assertThat(decision.crimes()).singleElement().satisfies(crime -> {
            assertThat(crime.principal()).isEqualTo(STALKING);
            assertThat(crime.related()).containsExactly(HARASSMENT, CONTROLLING_OR_COERCIVE_BEHAVIOUR);
        });
    }

    @Test
    void controllingBehaviourIsRecordedOverSection2HarassmentThoughTheHarassmentClassRanksHigher() {
        CountingDecision decision = harassment().and(CONTROLLING_OR_COERCIVE_BEHAVIOUR).onLine("008/67").counted();

        assertThat(decision.crimes()).singleElement()
                .satisfies(crime -> assertThat(crime.principal()).isEqualTo(CONTROLLING_OR_COERCIVE_BEHAVIOUR));
    }

    @Test
    void harassmentWithoutAnOffenceLineIsReadAsHarassmentWithFearOfViolenceAndTheRecorderAsked() {
        CountingDecision decision = assaultOnOneVictim().instead(HARASSMENT).and(ASSAULT_WITH_INJURY).counted();

        assertThat(decision.crimes()).singleElement()
                .satisfies(crime -> assertThat(crime.principal()).isEqualTo(HARASSMENT));
        assertThat(decision.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(CONDUCT_LEVEL_ASSUMED);
            assertThat(finding.detail()).contains("Harassment (8L) was read as stalking (s.4A) or harassment with fear"
                    + " of violence (s.4)");
        });
    }
}
