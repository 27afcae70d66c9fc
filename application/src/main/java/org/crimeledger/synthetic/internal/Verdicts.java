package org.crimeledger.synthetic.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.crimeledger.rules.RecordingClock;
import org.crimeledger.synthetic.RecordingPractice;
import org.crimeledger.synthetic.SyntheticForce;
import org.crimeledger.synthetic.Treatment;

/**
 * Decides the truth of each report and what the force did: whether crimes should be recorded, then
 * whether they were, in time and correctly, by the knobs of {@link RecordingPractice}. The records are as
 * they stand at the end of the period, so a decision due after it is still awaited.
 */
final class Verdicts {

    private final Random random;
    private final SyntheticForce force;
    private final RecordingClock clock;
    private final ZoneId zone;
    private final Instant end;
    private final Counts counts;
    private final Decisions decisions;
    private final Amending amending;
    private LocalDate limitDay;
    private Duration limit;

    Verdicts(Random random, SyntheticForce force, RecordingClock clock, ZoneId zone, Function<String, String> lastCrime) {
        this.random = random;
        this.force = force;
        this.clock = clock;
        this.zone = zone;
        this.end = force.end(zone);
        this.counts = new Counts(random, force.multiOffenceShare());
        this.decisions = new Decisions(random, lastCrime);
        this.amending = new Amending(random, end);
    }

    Verdict judge(Report report) {
        LocalDate day = report.receivedAt().atZone(zone).toLocalDate();
        List<Person> victims = counts.victims(report, day);
        if (!report.kind().crimeRelated()) {
            return Verdict.notCrimeRelated(victims);
        }
        RecordingPractice practice = force.practiceOf(report.team());
        boolean shouldRecord = random.nextDouble() < report.kind().truth();
        List<TrueCrime> crimes = shouldRecord ? counts.crimes(report, victims) : List.of();
        Treatment treatment = shouldRecord ? treatment(practice, crimes.get(0).principal()) : Treatment.CORRECTLY_NOT_RECORDED;
        boolean late = treatment == Treatment.RECORDED_LATE
                || (!treatment.recorded() && random.nextDouble() < practice.lateDecision());
        if (!day.equals(limitDay)) {
            limitDay = day;
            limit = clock.limitFor(report.receivedAt()).limit();
        }
        Instant deadline = report.receivedAt().plus(limit);
        Instant decidedAt = decisionTime(report.receivedAt(), deadline, late);
        if (!decidedAt.isBefore(end)) {
            return new Verdict(crimes, victims, Treatment.AWAITING_DECISION, deadline, null, null, false);
        }
        Decision decision = decisions.decide(report, treatment, decidedAt, deadline, limit);
        Amendment amendment = amending.amend(report, treatment, crimes, decidedAt);
        if (amendment == null && (treatment == Treatment.DOWNGRADED || treatment.name().endsWith("CANCELLED"))) {
            treatment = Treatment.RECORDED_CORRECTLY;
        }
        return new Verdict(crimes, victims, treatment, deadline, decision, amendment, late);
    }

    private Treatment treatment(RecordingPractice practice, Offence principal) {
        if (random.nextDouble() < practice.underRecording(principal.group())) {
            return Treatment.UNDER_RECORDED;
        }
        if (random.nextDouble() < practice.lateDecision()) {
            return Treatment.RECORDED_LATE;
        }
        if (Offences.downgradeOf(principal).isPresent() && random.nextDouble() < practice.downgrade()) {
            return Treatment.DOWNGRADED;
        }
        if (random.nextDouble() < practice.wrongfulCancellation()) {
            return Treatment.WRONGLY_CANCELLED;
        }
        if (random.nextDouble() < practice.rightfulCancellation()) {
            return Treatment.CORRECTLY_CANCELLED;
        }
        return Treatment.RECORDED_CORRECTLY;
    }

    /** Most decisions within the hour, the rest spread over the day; late ones hours or days past the deadline. */
    private Instant decisionTime(Instant received, Instant deadline, boolean late) {
        long seconds;
        if (late) {
            long past = 60 + (long) (-Math.log(1 - random.nextDouble()) * 16 * 3600);
            seconds = Duration.between(received, deadline).getSeconds() + Math.min(past, 10 * 24 * 3600);
        } else {
            long allowed = Duration.between(received, deadline).getSeconds() - 300;
            seconds = random.nextDouble() < 0.65
                    ? 300 + (long) (-Math.log(1 - random.nextDouble()) * 45 * 60)
                    : 3600 + (long) (random.nextDouble() * (allowed - 3600));
            seconds = Math.min(seconds, allowed);
        }
        return received.plusSeconds(seconds).truncatedTo(ChronoUnit.SECONDS);
    }
}
