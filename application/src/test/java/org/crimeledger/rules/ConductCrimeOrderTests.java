package org.crimeledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crimeledger.rules.Classifications.ASSAULT_WITH_INJURY;
import static org.crimeledger.rules.Classifications.CONTROLLING_OR_COERCIVE_BEHAVIOUR;
import static org.crimeledger.rules.Classifications.CRIMINAL_DAMAGE_RESIDENTIAL;
import static org.crimeledger.rules.Classifications.RACIALLY_AGGRAVATED_ASSAULT_WITH_INJURY;
import static org.crimeledger.rules.Classifications.RAPE_OF_A_FEMALE_AGED_16_AND_OVER;
import static org.crimeledger.rules.Classifications.SEXUAL_ASSAULT_ON_A_FEMALE_AGED_13_OR_OVER;
import static org.crimeledger.rules.Classifications.STALKING;
import static org.crimeledger.rules.Classifications.THREATS_TO_KILL;
import static org.crimeledger.rules.CountingRuleCode.CONDUCT_CRIME_NOT_PRINCIPAL;
import static org.crimeledger.rules.ReportedOffences.assaultOnOneVictim;

import org.junit.jupiter.api.Test;

/** What each step of the conduct-crime order takes in as the principal crime (CRR26 pp.56-57). */
class ConductCrimeOrderTests {

    /**
     * Racially or religiously aggravated harassment without violence (008/56), ranked as its own line (row 24
     * of the look-up table), as a caller does when the line is known: the class ranks with 008/58.
     */
    private static final Classification AGGRAVATED_HARASSMENT_WITHOUT_VIOLENCE =
            new Classification("8M", "Racially or religiously aggravated harassment", true, true, 24);

    @Test
    void controllingBehaviourIsThePrincipalCrimeOverCriminalDamageWhoseClassRanksHigher() {
        CountingDecision decision = assaultOnOneVictim().instead(CONTROLLING_OR_COERCIVE_BEHAVIOUR).onLine("008/67")
                .and(CRIMINAL_DAMAGE_RESIDENTIAL).onLine("149/00").counted();

        assertThat(decision.crimes()).singleElement().satisfies(crime -> {
            assertThat(crime.principal()).isEqualTo(CONTROLLING_OR_COERCIVE_BEHAVIOUR);
            assertThat(crime.related()).containsExactly(CRIMINAL_DAMAGE_RESIDENTIAL);
        });
    }

    @Test
    void stalkingTakesInAnAssaultWithInjury() {
        CountingDecision decision = assaultOnOneVictim().instead(STALKING).onLine("008/66").and(ASSAULT_WITH_INJURY).counted();

        assertThat(decision.crimes()).singleElement()
                .satisfies(crime -> assertThat(crime.principal()).isEqualTo(STALKING));
    }

    @Test
    void controllingBehaviourCannotTakeInARaciallyAggravatedAssaultWithInjuryAndTheCpsMustHearOfIt() {
        CountingDecision decision = assaultOnOneVictim().instead(CONTROLLING_OR_COERCIVE_BEHAVIOUR).onLine("008/67")
                .and(RACIALLY_AGGRAVATED_ASSAULT_WITH_INJURY).counted();

        assertThat(decision.crimes()).singleElement().satisfies(crime -> {
            assertThat(crime.principal()).isEqualTo(RACIALLY_AGGRAVATED_ASSAULT_WITH_INJURY);
            assertThat(crime.related()).containsExactly(CONTROLLING_OR_COERCIVE_BEHAVIOUR);
        });
        assertThat(decision.findings()).singleElement()
                .satisfies(finding -> assertThat(finding.code()).isEqualTo(CONDUCT_CRIME_NOT_PRINCIPAL));
    }

    @Test
    void aRapeIsNotTakenIntoTheStalking() {
        CountingDecision decision = assaultOnOneVictim().instead(STALKING).onLine("008/65")
                .and(RAPE_OF_A_FEMALE_AGED_16_AND_OVER).counted();

        assertThat(decision.crimes()).singleElement()
                .satisfies(crime -> assertThat(crime.principal()).isEqualTo(RAPE_OF_A_FEMALE_AGED_16_AND_OVER));
        assertThat(decision.found(CONDUCT_CRIME_NOT_PRINCIPAL)).isTrue();
    }

    @Test
    void stalkingTakesInASexualAssaultOfTenYearsOrLessThoughItsClassRanksHigher() {
        CountingDecision decision = assaultOnOneVictim().instead(STALKING).onLine("008/65")
                .and(SEXUAL_ASSAULT_ON_A_FEMALE_AGED_13_OR_OVER).onLine("020/05").counted();

        assertThat(decision.crimes()).singleElement()
                .satisfies(crime -> assertThat(crime.principal()).isEqualTo(STALKING));
        assertThat(decision.findings()).isEmpty();
    }

    @Test
    void aggravatedHarassmentWithoutViolenceTakesInThreatsToKill() {
        CountingDecision decision = assaultOnOneVictim().instead(AGGRAVATED_HARASSMENT_WITHOUT_VIOLENCE).onLine("008/56")
                .and(THREATS_TO_KILL).counted();

        assertThat(decision.crimes()).singleElement()
                .satisfies(crime -> assertThat(crime.principal()).isEqualTo(AGGRAVATED_HARASSMENT_WITHOUT_VIOLENCE));
    }

    @Test
    void aggravatedHarassmentWithoutViolenceCannotTakeInGrievousBodilyHarm() {
        CountingDecision decision = assaultOnOneVictim().instead(AGGRAVATED_HARASSMENT_WITHOUT_VIOLENCE).onLine("008/56")
                .and(ASSAULT_WITH_INJURY).onLine("008/01").counted();

        assertThat(decision.crimes()).singleElement()
                .satisfies(crime -> assertThat(crime.principal()).isEqualTo(ASSAULT_WITH_INJURY));
        assertThat(decision.found(CONDUCT_CRIME_NOT_PRINCIPAL)).isTrue();
    }

    @Test
    void aggravatedHarassmentWithoutViolenceTakesInNonFatalStrangulation() {
        CountingDecision decision = assaultOnOneVictim().instead(AGGRAVATED_HARASSMENT_WITHOUT_VIOLENCE).onLine("008/56")
                .and(ASSAULT_WITH_INJURY).onLine("008/77").counted();

        assertThat(decision.crimes()).singleElement()
                .satisfies(crime -> assertThat(crime.principal()).isEqualTo(AGGRAVATED_HARASSMENT_WITHOUT_VIOLENCE));
    }
}
