package org.crimeledger.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything held about one incident, the unit every rule is run on: at the point of entry, in batch and
 * over another system's extract alike.
 *
 * @param decision the crime-recording decision, or null when none was made
 */
public record RecordSet(IncidentRecord incident, DecisionRecord decision, List<VictimRecord> victims,
        List<CrimeRecord> crimes, List<OutcomeRecord> outcomes, List<CancellationRecord> cancellations,
        List<ReclassificationRecord> reclassifications) {

    public RecordSet {
        Objects.requireNonNull(incident, "incident");
        victims = List.copyOf(victims);
        crimes = List.copyOf(crimes);
        outcomes = List.copyOf(outcomes);
        cancellations = List.copyOf(cancellations);
        reclassifications = List.copyOf(reclassifications);
    }

    public Optional<DecisionRecord> decided() {
        return Optional.ofNullable(decision);
    }

    public Optional<CrimeRecord> crime(String reference) {
        return crimes.stream().filter(crime -> crime.reference().equals(reference)).findFirst();
    }

    /** The same records with one more reclassification, as proposed or made. */
    public RecordSet with(ReclassificationRecord change) {
        return new RecordSet(incident, decision, victims, crimes, outcomes, cancellations, plus(reclassifications, change));
    }

    /** The same records with one more cancellation or transfer, as proposed or decided. */
    public RecordSet with(CancellationRecord cancellation) {
        return new RecordSet(incident, decision, victims, crimes, outcomes, plus(cancellations, cancellation),
                reclassifications);
    }

    /** The same records with one more outcome. */
    public RecordSet with(OutcomeRecord outcome) {
        return new RecordSet(incident, decision, victims, crimes, plus(outcomes, outcome), cancellations,
                reclassifications);
    }

    private static <T> List<T> plus(List<T> list, T one) {
        List<T> more = new java.util.ArrayList<>(list);
        more.add(one);
        return more;
    }

    public Optional<VictimRecord> victim(String id) {
        return victims.stream().filter(victim -> victim.id().equals(id)).findFirst();
    }
}
