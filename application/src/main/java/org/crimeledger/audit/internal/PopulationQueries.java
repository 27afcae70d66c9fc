package org.crimeledger.audit.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.crimeledger.audit.AuditPopulation;
import org.crimeledger.database.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads an audit population's incident identifiers, by stratum, straight from the incident and recording
 * tables, or from an imported extract's interchange tables: read-only, in identifier order, streamed so a force's year of incidents fits in a few long arrays.
 */
@Component
public class PopulationQueries {

    /** Violence and sexual offences are audited and published apart; everything else is "other". */
    static final String OFFENCE_STRATUM = """
            case when 'SEXUAL_OFFENCE' in (i.opening_type, coalesce(i.closing_type, '')) then 'sexual-offences'
                 when i.opening_type in ('ASSAULT', 'DOMESTIC_ABUSE')
                   or coalesce(i.closing_type, '') in ('ASSAULT', 'DOMESTIC_ABUSE') then 'violence'
                 else 'other' end""";

    private final JdbcTemplate jdbc;

    PopulationQueries(javax.sql.DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(10_000);
    }

    public Map<String, long[]> incidentsByStratum(AuditPopulation population, LocalDate from, LocalDate to,
                                                  boolean stratified, ZoneId zone) {
        String stratum = stratified ? OFFENCE_STRATUM : "'all'";
        Map<String, Growing> byStratum = new LinkedHashMap<>();
        jdbc.query("select i.id, " + stratum + " as stratum from incident i where i.received_at >= ? and i.received_at < ? and "
                        + population.condition() + " order by i.id",
                row -> {
                    byStratum.computeIfAbsent(row.getString(2), code -> new Growing()).add(row.getLong(1));
                },
                Timestamps.of(from.atStartOfDay(zone).toInstant()), Timestamps.of(to.plusDays(1).atStartOfDay(zone).toInstant()));
        Map<String, long[]> result = new LinkedHashMap<>();
        byStratum.forEach((code, ids) -> result.put(code, ids.toArray()));
        return result;
    }

    /** The incidents of an imported extract's stratum: sexual offences or violence by any of its crimes' classes. */
    static final String IMPORTED_OFFENCE_STRATUM = """
            case when exists (select 1 from interchange_crime c join offence_classification oc on oc.code = c.classification
                              where c.import_id = i.import_id and c.incident_ref = i.incident_ref
                                and oc.offence_group_code = 'SEXUAL_OFFENCES')
                   or exists (select 1 from offence_classification oc where oc.code = i.reported_classification
                                and oc.offence_group_code = 'SEXUAL_OFFENCES') then 'sexual-offences'
                 when exists (select 1 from interchange_crime c join offence_classification oc on oc.code = c.classification
                              where c.import_id = i.import_id and c.incident_ref = i.incident_ref
                                and (oc.offence_group_code = 'VIOLENCE_AGAINST_THE_PERSON'
                                     or 'DOMESTIC_ABUSE' = any (c.flags))) then 'violence'
                 else 'other' end""";

    /**
     * An imported extract's incidents of the population received in the period, by stratum, each named by its line in
     * the extract's {@code incidents.csv} (unique and stable within the extract, so a seed redraws the same sample).
     */
    public Map<String, long[]> importedIncidentsByStratum(AuditPopulation population, long importId, LocalDate from,
                                                          LocalDate to, boolean stratified, ZoneId zone) {
        String stratum = stratified ? IMPORTED_OFFENCE_STRATUM : "'all'";
        Map<String, Growing> byStratum = new LinkedHashMap<>();
        jdbc.query("select i.line, " + stratum + " as stratum from interchange_incident i where i.import_id = ? "
                        + "and i.received_at >= ? and i.received_at < ? and " + population.importedCondition()
                        + " order by i.line",
                row -> {
                    byStratum.computeIfAbsent(row.getString(2), code -> new Growing()).add(row.getLong(1));
                },
                importId, Timestamps.of(from.atStartOfDay(zone).toInstant()),
                Timestamps.of(to.plusDays(1).atStartOfDay(zone).toInstant()));
        Map<String, long[]> result = new LinkedHashMap<>();
        byStratum.forEach((code, ids) -> result.put(code, ids.toArray()));
        return result;
    }

    private static final class Growing {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
