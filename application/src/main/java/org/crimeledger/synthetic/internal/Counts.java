package org.crimeledger.synthetic.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The crimes a report truly amounts to, counted as the rules count them (CRR26 pp.12-13): one per victim;
 * one per offender for an offence against the State; a lesser offence against the same victim by the same
 * offender taken into the principal crime; a drug offence found on the offender counted in addition (p.91).
 */
final class Counts {

    private static final Offence CANNABIS = Offences.of("92E");

    private final Random random;
    private final double multiOffenceShare;

    Counts(Random random, double multiOffenceShare) {
        this.random = random;
        this.multiOffenceShare = multiOffenceShare;
    }

    /** The people the report says were harmed: the reporter when the victim called, and others. */
    List<Person> victims(Report report, LocalDate on) {
        Offence offence = report.offence();
        if (offence == null || !offence.victimBased()) {
            return report.byVictim() ? List.of(report.reporter()) : List.of();
        }
        int count = 1;
        if (report.kind().maxVictims() > 1) {
            double draw = random.nextDouble();
            count = Math.min(report.kind().maxVictims(), draw < 0.85 ? 1 : draw < 0.96 ? 2 : 3);
        }
        List<Person> victims = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean reporter = i == 0 && report.byVictim();
            victims.add(reporter ? report.reporter() : People.person(random, on, offence.maximumVictimAge()));
        }
        return victims;
    }

    List<TrueCrime> crimes(Report report, List<Person> victims) {
        Offence offence = report.offence();
        List<TrueCrime> crimes = new ArrayList<>();
        boolean second = random.nextDouble() < multiOffenceShare;
        Optional<Offence> lesser = second ? Offences.alsoDisclosedWith(offence) : Optional.empty();
        if (!offence.victimBased()) {
            crimes.add(new TrueCrime(offence, List.of(), -1,
                    "Offence against the State: one crime per offender or group of offenders (CRR26 p.12)."));
        } else {
            for (int v = 0; v < victims.size(); v++) {
                List<Offence> related = v == 0 && lesser.isPresent() ? List.of(lesser.get()) : List.of();
                crimes.add(new TrueCrime(offence, related, v, rationale(offence, related, victims.size())));
            }
        }
        if (second && lesser.isEmpty() && report.kind().drugsInAddition()) {
            crimes.add(new TrueCrime(CANNABIS, List.of(), -1,
                    "Drug offences are counted in addition to crimes with a victim (CRR26 p.91)."));
        }
        return crimes;
    }

    private static String rationale(Offence offence, List<Offence> related, int victims) {
        String perVictim = victims > 1
                ? "One crime per victim (CRR26 p.12): " + victims + " victims of the same offender, " + victims + " crimes."
                : "One victim, one crime (CRR26 p.12).";
        if (related.isEmpty()) {
            return perVictim;
        }
        return perVictim + " Principal crime rule (CRR26 pp.12-13): " + offence.code() + " is recorded as the most "
                + "serious; " + related.get(0).code() + " against the same victim by the same offender is taken into it.";
    }
}
