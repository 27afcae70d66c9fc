package org.crimeledger.incidents.internal;

import static org.crimeledger.database.Timestamps.instant;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.crimeledger.incidents.AwaitingDecision;
import org.crimeledger.incidents.Channel;
import org.crimeledger.incidents.Incident;
import org.crimeledger.incidents.IncidentUpdate;
import org.crimeledger.incidents.ReporterRelation;

/** Maps incident rows to their records;. */
public final class IncidentRows {

    private IncidentRows() {
    }

    public static Incident incident(ResultSet rs, int row) throws SQLException {
        return new Incident(rs.getLong("id"), rs.getString("reference"), instant(rs, "received_at"),
                Channel.valueOf(rs.getString("channel")), rs.getString("reporter_name"),
                ReporterRelation.valueOf(rs.getString("reporter_relation")), rs.getString("location_text"),
                rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"), rs.getString("opening_type"),
                rs.getString("team_code"), instant(rs, "crime_disclosed_at"), instant(rs, "decision_due_at"),
                rs.getString("decision_status"), rs.getString("closing_type"), instant(rs, "closed_at"),
                rs.getString("opened_by"), instant(rs, "opened_at"), rs.getInt("version"));
    }

    public static IncidentUpdate update(ResultSet rs, int row) throws SQLException {
        return new IncidentUpdate(rs.getLong("id"), rs.getLong("incident_id"), instant(rs, "written_at"),
                rs.getString("author"), rs.getString("author_role"), rs.getString("text"),
                rs.getBoolean("discloses_crime"));
    }

    public static AwaitingDecision awaiting(ResultSet rs, int row) throws SQLException {
        return new AwaitingDecision(rs.getLong("id"), rs.getString("reference"), instant(rs, "received_at"),
                rs.getString("opening_type"), rs.getString("type_name"), rs.getString("team_code"),
                rs.getString("location_text"), instant(rs, "decision_due_at"));
    }
}
