package org.crimeledger.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The three data.police.uk file formats (domain.md 8.2), told apart by their header line, not their name.
 */
public enum PoliceUkFileKind {
    STREET("street", "police_uk_street_crime", List.of("Crime ID", "Month", "Reported by", "Falls within", "Longitude",
            "Latitude", "Location", "LSOA code", "LSOA name", "Crime type", "Last outcome category", "Context")),
    OUTCOMES("outcomes", "police_uk_outcome", List.of("Crime ID", "Month", "Reported by", "Falls within", "Longitude",
            "Latitude", "Location", "LSOA code", "LSOA name", "Outcome type")),
    STOP_AND_SEARCH("stop-and-search", "police_uk_stop_and_search", List.of("Type", "Date",
            "Part of a policing operation", "Policing operation", "Latitude", "Longitude", "Gender", "Age range",
            "Self-defined ethnicity", "Officer-defined ethnicity", "Legislation", "Object of search", "Outcome",
            "Outcome linked to object of search", "Removal of more than just outer clothing"));

    private final String code;
    private final String table;
    private final List<String> header;

    PoliceUkFileKind(String code, String table, List<String> header) {
        this.code = code;
        this.table = table;
        this.header = header;
    }

    /** As stored in {@code police_uk_import.kind} and shown to people. */
    public String code() {
        return code;
    }

    /** The partitioned table that holds this kind's rows. */
    public String table() {
        return table;
    }

    public List<String> header() {
        return header;
    }

    public static Optional<PoliceUkFileKind> withHeader(List<String> columns) {
        return Arrays.stream(values()).filter(kind -> kind.header.equals(columns)).findFirst();
    }

    public static PoliceUkFileKind ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No data.police.uk file kind " + code));
    }
}
