package org.crimeledger.synthetic.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.crimeledger.incidents.ReporterRelation;
import org.crimeledger.synthetic.Treatment;

/**
 * Who decided, and what: crimes recorded; no crime, with a reason that is right or (when under-recorded)
 * wrong; N100 for a rape report not confirmed, or wrongly kept as N100 (CRR26 pp.62-64); or a transfer.
 */
final class Decisions {

    private static final Weighted<String> N100_SUBCODES = Weighted.of("N100/01", 70, "N100/02", 15, "N100/03", 15);
    private static final Weighted<String> VICTIM_REASONS = Weighted.of("NOT_A_CRIME_IN_LAW", 35,
            "CREDIBLE_EVIDENCE_TO_THE_CONTRARY", 15, "NO_VICTIM_IDENTIFIED", 10, "THIRD_PARTY_NOT_CONFIRMED", 15,
            "ALREADY_RECORDED", 25);
    private static final Weighted<String> STATE_REASONS = Weighted.of("POINTS_TO_PROVE_NOT_MADE_OUT", 60,
            "CREDIBLE_EVIDENCE_TO_THE_CONTRARY", 25, "ALREADY_RECORDED", 15);

    private final Random random;
    private final Function<String, String> lastCrime;

    Decisions(Random random, Function<String, String> lastCrime) {
        this.random = random;
        this.lastCrime = lastCrime;
    }

    Decision decide(Report report, Treatment treatment, Instant decidedAt, Instant deadline, Duration limit) {
        boolean supervisor = random.nextInt(100) < 15;
        String decidedBy = supervisor ? People.supervisor(random) : People.officer(random, report.team());
        String role = supervisor ? "SUPERVISOR" : "OFFICER";
        Offence offence = report.offence();
        String kind;
        OfficerNotes.Note note;
        String force = null;
        if (treatment.recorded()) {
            kind = "CRIMES_RECORDED";
            note = null;
        } else if (treatment == Treatment.UNDER_RECORDED) {
            boolean n100 = offence.rape() && random.nextInt(10) < 7;
            kind = n100 ? "N100" : "NO_CRIME";
            note = n100 ? OfficerNotes.N100_WRONGLY_KEPT : pick(OfficerNotes.WRONGLY_NOT_RECORDED);
        } else if (offence.rape()) {
            kind = "N100";
            note = OfficerNotes.N100.get(N100_SUBCODES.pick(random));
        } else if (random.nextInt(100) < 3) {
            kind = "TRANSFERRED";
            note = OfficerNotes.TRANSFERRED;
            force = pick(Amendments.FORCES);
        } else {
            kind = "NO_CRIME";
            note = OfficerNotes.RIGHTLY_NOT_RECORDED.get(rightReason(report));
        }
        return new Decision(kind, note, force, decidedAt, deadline, limit, decidedBy, role);
    }

    /** A reason that fits the report: fraud goes to Report Fraud; a third-party reason needs a third party. */
    private String rightReason(Report report) {
        if (report.kind().code().equals("FRAUD")) {
            return random.nextInt(100) < 85 ? "OTHER_AUTHORITY" : "NOT_A_CRIME_IN_LAW";
        }
        String reason = (report.offence().victimBased() ? VICTIM_REASONS : STATE_REASONS).pick(random);
        boolean thirdParty = report.relation() == ReporterRelation.THIRD_PARTY
                || report.relation() == ReporterRelation.WITNESS;
        if (reason.equals("THIRD_PARTY_NOT_CONFIRMED") && !thirdParty
                || reason.equals("ALREADY_RECORDED") && lastCrime.apply(report.kind().code()) == null) {
            return report.offence().victimBased() ? "NOT_A_CRIME_IN_LAW" : "POINTS_TO_PROVE_NOT_MADE_OUT";
        }
        return reason;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
