package org.crimeledger.rules;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Possession of a weapon is counted once per offender only if the weapon was not used in another
 * notifiable offence (CRR26 p.94). Whether it was used is a fact of the report the rules cannot see, so
 * when the same offenders are reported for possession and for an offence with a victim, the recorder is asked.
 */
final class WeaponUsedInAnotherOffence implements CountingRule {

    /** The possession of weapons classes of the notifiable offence list. */
    static final Set<String> POSSESSION_OF_WEAPONS = Set.of("10A", "10B", "10C", "10D", "81");

    @Override
    public CountingRuleCode code() {
        return CountingRuleCode.WEAPON_MAY_HAVE_BEEN_USED;
    }

    @Override
    public Counting apply(Counting counting) {
        return counting.withFindings(counting.counts().stream()
                .filter(count -> !count.hasVictim() && count.decided()
                        && POSSESSION_OF_WEAPONS.contains(count.principal().classification().code()))
                .flatMap(weapon -> {
                    List<ReportedOffence> withVictims = counting.counts().stream()
                            .filter(count -> count.hasVictim() && count.offenderGroup().equals(weapon.offenderGroup()))
                            .flatMap(count -> count.offences().stream())
                            .distinct()
                            .toList();
                    return withVictims.isEmpty() ? Stream.<Finding>empty()
                            : Stream.of(new Finding(code(), weapon.principal().label()
                                    + " by offender group " + weapon.offenderGroup() + " is not recorded separately if"
                                    + " the weapon was used in " + Count.labels(withVictims) + "."));
                })
                .toList());
    }
}
