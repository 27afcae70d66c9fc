package org.crimeledger.synthetic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The synthetic force's own facts obey the rules it exercises. */
class CatalogueTests {

    @Test
    void everyDowngradeIsOneAsReclassifyingJudgesItAndKeepsTheVictim() {
        for (Offence offence : Offences.all()) {
            Offences.downgradeOf(offence).ifPresent(lesser -> {
                assertThat(lesser.seriousnessRank() > offence.seriousnessRank() || !lesser.group().equals(offence.group()))
                        .as(offence.code() + " to " + lesser.code()).isTrue();
                assertThat(lesser.victimBased()).as(offence.code()).isEqualTo(offence.victimBased());
            });
        }
    }

    @Test
    void anOffenceTakenInByThePrincipalCrimeRuleIsLessSeriousAndAgainstTheSameVictim() {
        for (Offence offence : Offences.all()) {
            Offences.alsoDisclosedWith(offence).ifPresent(lesser -> {
                assertThat(offence.moreSeriousThan(lesser)).as(offence.code() + " over " + lesser.code()).isTrue();
                assertThat(lesser.victimBased()).isTrue();
            });
        }
    }

    @Test
    void everyCrimeRelatedTypeHasANarrativeAndEveryOtherTypeToo() {
        Kinds.CRIME_RELATED.forEach(kind -> assertThat(CrimeNarratives.BY_TYPE.keySet())
                .anyMatch(key -> key.equals(kind.code()) || key.startsWith(kind.code() + ":")));
        Kinds.NOT_CRIME_RELATED.forEach(kind -> assertThat(OtherNarratives.BY_TYPE).containsKey(kind.code()));
    }

    @Test
    void childrensClassesHaveChildVictims() {
        assertThat(Offences.of("19E").maximumVictimAge()).isLessThan(13);
        assertThat(Offences.of("19D").maximumVictimAge()).isLessThan(16);
        assertThat(Offences.of("8N").maximumVictimAge()).isGreaterThan(16);
    }
}
