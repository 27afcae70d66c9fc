package org.crimeledger.synthetic.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.crimeledger.synthetic.Treatment;

/**
 * Later changes to a recorded crime: a downgrade, or a cancellation or transfer, proposed by an officer
 * days after recording and approved by a registrar (the Force Crime Registrar alone for sexual offences,
 * CRR26 p.25). Self-defence (C5) only for 8N, 104 and 105A. A change that could not be finished before
 * the end of the period is not made.
 */
final class Amending {

    private static final Set<String> SELF_DEFENCE_CLASSES = Set.of("8N", "104", "105A");
    private static final Weighted<Amendments.Ground> RIGHT_GROUNDS = Weighted.of(Amendments.TRANSFER, 30,
            Amendments.NO_CRIME_ON_EVIDENCE, 50, Amendments.RECORDED_IN_ERROR, 20);

    private final Random random;
    private final Instant end;

    Amending(Random random, Instant end) {
        this.random = random;
        this.end = end;
    }

    Amendment amend(Report report, Treatment treatment, List<TrueCrime> crimes, Instant recordedAt) {
        boolean downgrade = treatment == Treatment.DOWNGRADED;
        if (!downgrade && treatment != Treatment.WRONGLY_CANCELLED && treatment != Treatment.CORRECTLY_CANCELLED) {
            return null;
        }
        Offence offence = crimes.get(0).principal();
        Instant proposedAt = recordedAt.plusSeconds(7200 + (long) (random.nextDouble() * 21 * 86400));
        Instant decidedAt = proposedAt.plusSeconds(1800 + (long) (random.nextDouble() * 3 * 86400))
                .truncatedTo(ChronoUnit.SECONDS);
        proposedAt = proposedAt.truncatedTo(ChronoUnit.SECONDS);
        if (!decidedAt.isBefore(end)) {
            return null;
        }
        String officer = People.officer(random, report.team());
        String registrar = People.registrar(random, offence.group().equals(Offence.SEXUAL));
        if (downgrade) {
            String reason = Amendments.DOWNGRADE_REASONS.get(random.nextInt(Amendments.DOWNGRADE_REASONS.size()));
            return new Amendment(Offences.downgradeOf(offence).orElseThrow(), null, null, reason, officer, registrar,
                    proposedAt, null, decidedAt);
        }
        Amendments.Ground ground = treatment == Treatment.WRONGLY_CANCELLED
                ? Amendments.WRONG_GROUNDS.get(random.nextInt(Amendments.WRONG_GROUNDS.size()))
                : SELF_DEFENCE_CLASSES.contains(offence.code()) && random.nextInt(10) < 3
                        ? Amendments.SELF_DEFENCE : RIGHT_GROUNDS.pick(random);
        String force = ground.cancellationClass().equals("C1")
                ? Amendments.FORCES.get(random.nextInt(Amendments.FORCES.size())) : null;
        boolean tellVictim = !ground.cancellationClass().equals("C3") && !ground.cancellationClass().equals("C4");
        long window = decidedAt.getEpochSecond() - proposedAt.getEpochSecond();
        Instant told = tellVictim ? proposedAt.plusSeconds((long) (random.nextDouble() * window)) : null;
        return new Amendment(null, ground, force, null, officer, registrar, proposedAt, told, decidedAt);
    }
}
