package org.crimeledger.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crimeledger.rules.Classifications.POSSESSION_OF_A_BLADE;
import static org.crimeledger.rules.CountingRuleCode.WEAPON_MAY_HAVE_BEEN_USED;
import static org.crimeledger.rules.ReportedOffences.assaultOnOneVictim;

import org.junit.jupiter.api.Test;

class WeaponUsedInAnotherOffenceTests {

    @Test
    void aBladeCarriedByTheAttackerAsksWhetherItWasUsedInTheAssault() {
        CountingDecision decision = assaultOnOneVictim().andAgainstTheState(POSSESSION_OF_A_BLADE).counted();

        assertThat(decision.numberOfCrimes()).isEqualTo(2);
        assertThat(decision.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(WEAPON_MAY_HAVE_BEEN_USED);
            assertThat(finding.reference()).isEqualTo("CRR26 p.94, Possession of weapons");
            assertThat(finding.detail()).contains("if the weapon was used in Assault without injury (105A)");
        });
    }

    @Test
    void aBladeCarriedBySomeoneWhoAssaultedNobodyRaisesNoQuestion() {
        CountingDecision decision = assaultOnOneVictim().andAgainstTheState(POSSESSION_OF_A_BLADE).by("2").counted();

        assertThat(decision.found(WEAPON_MAY_HAVE_BEEN_USED)).isFalse();
    }
}
