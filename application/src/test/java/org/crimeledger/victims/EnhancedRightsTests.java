package org.crimeledger.victims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.crimeledger.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who has enhanced rights, from the criteria as the migrations load them: the most serious crimes by the
 * crime's classification, group or flags; vulnerable, intimidated and persistently targeted victims by the
 * flags of their needs assessment; children by their age.
 */
@DatabaseTest
class EnhancedRightsTests {

    @Autowired
    VictimsCode code;

    List<String> criteriaFor(String classification, String group, List<String> crimeFlags, Integer age,
            Set<VictimFlag> victimFlags) {
        return code.enhancedRightsFor(new VictimCircumstances(classification, group, crimeFlags, age, victimFlags))
                .stream().map(EnhancedRightsCriterion::code).toList();
    }

    @Test
    void theMostSeriousCrimesGiveEnhancedRightsByTheirClassification() {
        assertThat(criteriaFor("2", "VIOLENCE_AGAINST_THE_PERSON", List.of(), 40, Set.of())).containsExactly("ATTEMPTED_MURDER");
        assertThat(criteriaFor("36", "VIOLENCE_AGAINST_THE_PERSON", List.of(), 40, Set.of()))
                .containsExactly("KIDNAP_FALSE_IMPRISONMENT");
        assertThat(criteriaFor("106", "VIOLENCE_AGAINST_THE_PERSON", List.of(), 40, Set.of())).containsExactly("MODERN_SLAVERY");
        assertThat(criteriaFor("5D", "VIOLENCE_AGAINST_THE_PERSON", List.of(), 40, Set.of())).containsExactly("GBH_WITH_INTENT");
    }

    @Test
    void domesticAbuseAndHateCrimeGiveEnhancedRightsByTheCrimesFlags() {
        assertThat(criteriaFor("8N", "VIOLENCE_AGAINST_THE_PERSON", List.of("DOMESTIC_ABUSE"), 35, Set.of()))
                .containsExactly("DOMESTIC_ABUSE");
        assertThat(criteriaFor("58A", "CRIMINAL_DAMAGE_AND_ARSON", List.of("HATE_RELIGION", "ONLINE"), 35, Set.of()))
                .containsExactly("HATE_RELIGION");
        assertThat(criteriaFor("58A", "CRIMINAL_DAMAGE_AND_ARSON", List.of("ONLINE", "ALCOHOL"), 35, Set.of())).isEmpty();
    }

    @Test
    void vulnerableIntimidatedAndPersistentlyTargetedVictimsHaveEnhancedRightsFromTheirNeedsAssessment() {
        assertThat(criteriaFor("49", "THEFT_OFFENCES", List.of(), 70, Set.of(VictimFlag.VULNERABLE))).containsExactly("VULNERABLE");
        assertThat(criteriaFor("49", "THEFT_OFFENCES", List.of(), 70, Set.of(VictimFlag.INTIMIDATED)))
                .containsExactly("INTIMIDATED");
        assertThat(criteriaFor("49", "THEFT_OFFENCES", List.of(), 70, Set.of(VictimFlag.PERSISTENTLY_TARGETED)))
                .containsExactly("PERSISTENTLY_TARGETED");
        assertThat(criteriaFor("49", "THEFT_OFFENCES", List.of(), 70, Set.of())).as("before any assessment").isEmpty();
    }

    @Test
    void aVictimCanMeetSeveralCriteriaAtOnce() {
        assertThat(criteriaFor("19C", "SEXUAL_OFFENCES", List.of("DOMESTIC_ABUSE"), 16, Set.of(VictimFlag.INTIMIDATED)))
                .containsExactlyInAnyOrder("SEXUAL_OFFENCE", "DOMESTIC_ABUSE", "UNDER_18", "INTIMIDATED");
    }

    @Test
    void everyCriterionInTheTableCanBeMetByTheFactItNamesAndByNothingElse() {
        List<EnhancedRightsCriterion> criteria = code.criteria();
        assertThat(criteria).extracting(EnhancedRightsCriterion::category)
                .contains("MOST_SERIOUS_CRIME", "PERSISTENTLY_TARGETED", "VULNERABLE_OR_INTIMIDATED");
        for (EnhancedRightsCriterion criterion : criteria) {
            String value = criterion.matchValue();
            VictimCircumstances meeting = switch (criterion.matchKind()) {
                case "OFFENCE_GROUP" -> new VictimCircumstances("none", value, List.of(), 40, Set.of());
                case "CLASSIFICATION" -> new VictimCircumstances(value, "none", List.of(), 40, Set.of());
                case "FLAG" -> new VictimCircumstances("none", "none", List.of(value), 40, Set.of());
                case "UNDER_AGE" -> new VictimCircumstances("none", "none", List.of(), Integer.parseInt(value) - 1, Set.of());
                case "VICTIM_FLAG" -> new VictimCircumstances("none", "none", List.of(), 40, Set.of(VictimFlag.valueOf(value)));
                default -> throw new AssertionError("A criterion no victim can meet: " + criterion);
            };
            assertThat(code.enhancedRightsFor(meeting)).as(criterion.code()).extracting(EnhancedRightsCriterion::code)
                    .containsExactly(criterion.code());
        }
        assertThat(code.enhancedRightsFor(new VictimCircumstances("none", "none", List.of(), 18, Set.of()))).isEmpty();
    }
}
