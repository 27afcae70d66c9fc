package org.crimeledger.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two live crimes of the same class against the same person, starting within the configured window, in different
 * incidents: a candidate for a C3 (duplicate) cancellation, or a crime recorded twice.
 */
final class DuplicateCrimes implements RuleAcrossRecords {

    static final RuleDefinition DEFINITION = RuleDefinition.of("CRR-CNT-005", RuleFamily.COUNTING, RuleSeverity.WARNING,
            "Possible duplicate crime",
            "A crime of the same class against the same person at about the same time is already recorded. Check whether"
                    + " this is the same crime, or give the reason both stand.",
            "Two live crimes of the same class against the same person start within the configured window: a C3"
                    + " (duplicate) candidate.",
            "CRR26 p.25 (C3); window configurable", Verification.DERIVED);

    private record Seen(Instant start, String crimeReference, String incidentReference) {
    }

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Scan start(RuleSettings settings) {
        Map<String, List<Seen>> seen = new HashMap<>();
        Duration window = settings.duplicateWindow();
        return records -> {
            List<Violation> violations = new ArrayList<>();
            for (CrimeRecord crime : records.crimes()) {
                if (!crime.live() || crime.victimIds().size() != 1) {
                    continue;
                }
                String person = records.victim(crime.victimIds().get(0)).map(VictimRecord::personKey).orElse(null);
                if (person == null) {
                    continue;
                }
                Instant start = crime.offenceFrom() == null ? crime.recordedAt() : crime.offenceFrom();
                List<Seen> earlier = seen.computeIfAbsent(person + "|" + crime.classification().code(), key -> new ArrayList<>(1));
                earlier.stream().filter(other -> !other.incidentReference().equals(records.incident().reference())
                                && Duration.between(other.start(), start).abs().compareTo(window) <= 0)
                        .findFirst()
                        .ifPresent(other -> violations.add(Violation.onCrime(crime, "Same class "
                                + crime.classification().code() + " and person as " + other.crimeReference()
                                + " (incident " + other.incidentReference() + "), starting within " + window.toHours()
                                + " hours.")));
                earlier.add(new Seen(start, crime.reference(), records.incident().reference()));
            }
            return violations;
        };
    }
}
