package org.crimeledger.exchange.internal;

import java.util.Map;

/**
 * Published labels to codes: police.uk crime types to category slugs and outcome labels to outcome codes, as the
 * files spell them.
 */
public record CategoryLabels(Map<String, String> crimeTypes, Map<String, String> outcomes) {
}
