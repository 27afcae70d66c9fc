package org.crimeledger.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The counting of one report part way through the rules: what was reported, the crimes counted so far and
 * the findings. Each {@link CountingRule} returns a new one.
 */
record Counting(List<ReportedOffence> reported, List<Count> counts, List<Finding> findings) {

    Counting {
        reported = List.copyOf(reported);
        counts = List.copyOf(counts);
        findings = List.copyOf(findings);
    }

    static Counting of(List<ReportedOffence> reported) {
        return new Counting(reported, List.of(), List.of());
    }

    Counting withCounts(List<Count> more) {
        return new Counting(reported, Stream.concat(counts.stream(), more.stream()).toList(), findings);
    }

    /** Replaces each count by what the rule makes of it: itself, a changed count, or several. */
    Counting eachCount(Function<Count, List<Count>> rule) {
        return new Counting(reported, counts.stream().flatMap(count -> rule.apply(count).stream()).toList(), findings);
    }

    Counting withFindings(List<Finding> more) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(more);
        return new Counting(reported, counts, all);
    }

    CountingDecision decision() {
        return new CountingDecision(counts.stream().map(Count::proposedCrime).toList(), findings);
    }
}
