package org.crimeledger.standards;

import java.time.LocalDate;

/**
 * A class that a new list redefined or split into others, for example residential burglary 28E into 28I (a home)
 * and 28M (an unconnected building) in April 2023. Both codes belong to one comparable {@code series}.
 *
 * @param kind {@code redefined} (one code replaced by one, with a changed scope) or {@code split}
 * @param verified false where the scope change is our reading ([D] in docs/reference-data.md)
 */
public record ClassSuccession(String fromCode, String toCode, LocalDate effective, String kind, String series,
        boolean verified, String note) {
}
