package org.crimeledger.audit;

import java.time.Instant;

/** An imported interchange extract an audit can draw its sample from: its import, folder, date and incidents. */
public record ImportedExtract(long importId, String folder, Instant importedAt, long incidents) {
}
