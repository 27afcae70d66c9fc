package org.crimeledger.recording.internal;

import static org.crimeledger.database.Timestamps.instant;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.crimeledger.recording.Crime;
import org.crimeledger.recording.CrimeStatus;
import org.crimeledger.security.NeedToKnow;

/** Maps crime rows, joined with their incident reference and classification name. */
public final class CrimeRows {

    /** The select every crime query starts from, so each maps with {@link #crime}. */
    public static final String SELECT = "select c.*, i.reference as incident_reference, o.name as classification_name, "
            + NeedToKnow.restrictedCrimeSql("c", "o") + """
             as restricted
            from crime c join incident i on i.id = c.incident_id
            join offence_classification o on o.code = c.classification_code""";

    private CrimeRows() {
    }

    public static Crime crime(ResultSet rs, int row) throws SQLException {
        Long victimId = rs.getObject("victim_id", Long.class);
        return new Crime(rs.getLong("id"), rs.getString("reference"), rs.getLong("incident_id"),
                rs.getString("incident_reference"), rs.getString("classification_code"),
                rs.getString("classification_name"), victimId,
                instant(rs, "offence_from"), instant(rs, "offence_to"), instant(rs, "reported_at"),
                instant(rs, "recorded_at"), rs.getString("recorded_by"), CrimeStatus.valueOf(rs.getString("status")),
                strings(rs.getArray("related_classifications")), strings(rs.getArray("flags")),
                rs.getString("counting_rationale"), rs.getInt("version"), rs.getBoolean("restricted"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
