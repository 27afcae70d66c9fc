package org.crimeledger.rules;

import java.util.List;

/**
 * One rule of the catalogue: looks at one incident's record set and returns what breaks it, never throwing.
 * {@link RuleCatalogue} lists every rule in order.
 */
public interface RecordingRule {

    RuleDefinition definition();

    List<Violation> check(RecordSet records, RuleSettings settings);
}
