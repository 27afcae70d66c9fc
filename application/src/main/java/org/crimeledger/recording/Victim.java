package org.crimeledger.recording;

import java.time.LocalDate;

/** A victim's personal details: shown only for a stated purpose, and every showing is logged (DPA 2018 s.62). */
public record Victim(long id, long incidentId, String name, LocalDate dateOfBirth, String contact) {
}
