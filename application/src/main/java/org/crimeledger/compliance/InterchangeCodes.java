package org.crimeledger.compliance;

import java.util.Map;
import java.util.Set;

/** The codes each coded column of the interchange format accepts ({@code docs/interchange.md}). */
public final class InterchangeCodes {

    public static final Map<String, Set<String>> BY_COLUMN = Map.ofEntries(
            Map.entry("reporter_relation", Set.of("VICTIM", "WITNESS", "THIRD_PARTY", "PROFESSIONAL_THIRD_PARTY",
                    "PARENT_OR_CARER", "POLICE_DISCOVERED")),
            Map.entry("kind", Set.of("CRIMES_RECORDED", "NO_CRIME", "N100", "TRANSFERRED")),
            Map.entry("n100_subcode", Set.of("N100/01", "N100/02", "N100/03")),
            Map.entry("crimes.status", Set.of("RECORDED", "UNDER_INVESTIGATION", "FINALISED", "CANCELLED", "TRANSFERRED")),
            Map.entry("flags", Set.of("DOMESTIC_ABUSE", "HATE_RACE", "HATE_RELIGION", "HATE_DISABILITY",
                    "HATE_SEXUAL_ORIENTATION", "HATE_TRANSGENDER", "ONLINE", "CHILD_SEXUAL_ABUSE",
                    "CHILD_SEXUAL_EXPLOITATION", "METAL_THEFT_INFRASTRUCTURE", "METAL_THEFT_NON_INFRASTRUCTURE", "ALCOHOL",
                    "CORROSIVE", "HONOUR_BASED_ABUSE", "SPIKING", "KNIFE_OR_SHARP_INSTRUMENT")),
            Map.entry("relationship", Set.of("INTIMATE_PARTNER", "EX_PARTNER", "FAMILY", "ACQUAINTANCE", "STRANGER")),
            Map.entry("mode_of_trial", Set.of("INDICTABLE_ONLY", "EITHER_WAY", "SUMMARY_ONLY")),
            Map.entry("type", Set.of("1", "1A", "2", "2A", "3", "3A", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13",
                    "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24")),
            Map.entry("authorised_rank", Set.of("OFFICER", "SERGEANT", "INSPECTOR", "SUPERINTENDENT", "FCR", "CPS")),
            Map.entry("class", Set.of("C1", "C2", "C3", "C4", "C5")),
            Map.entry("decided_by", Set.of("FCR", "DDM", "SUPERVISOR", "OFFICER", "OTHER")),
            Map.entry("cancellations.status", Set.of("PROPOSED", "APPROVED", "REJECTED")),
            Map.entry("reclassifications.status", Set.of("PROPOSED", "APPLIED", "REJECTED")));

    private InterchangeCodes() {
    }

    /** The codes a column accepts in a file, or null when any text is accepted. */
    public static Set<String> of(InterchangeFile file, String column) {
        Set<String> scoped = BY_COLUMN.get(file.fileName().replace(".csv", "") + "." + column);
        return scoped != null ? scoped : BY_COLUMN.get(column);
    }
}
