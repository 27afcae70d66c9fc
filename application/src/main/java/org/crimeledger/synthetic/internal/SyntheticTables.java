package org.crimeledger.synthetic.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.crimeledger.synthetic.SyntheticForce;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The database side of a generation, all inside its one transaction: lock the tables against other
 * writers, take the next ids and reference numbers, record the run, and afterwards move the sequences (ids and
 * reference numbers) on past what was loaded, so live incidents and crimes continue the numbering without a clash.
 * A live insert takes its id and reference number only once it holds its table's lock, so it waits for the
 * generation and then continues after its numbers.
 */
@Component
public class SyntheticTables {

    /** In the order live inserts lock them, so a live insert waits rather than deadlocks. */
    private static final String LOCK = "lock table incident, incident_update, recording_decision, victim, crime, "
            + "suspect, crime_reclassification, crime_removal, crime_outcome, outcome_authorisation, synthetic_truth in exclusive mode";

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** The reference counters' names: {@code incident_YYYYMMDD} and {@code crime_YYYY} (ADR 0024). */
    private static final String INCIDENT = "incident_";
    private static final String CRIME = "crime_";

    private final JdbcClient jdbc;

    SyntheticTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the tables (reads go on; writes wait until the generation commits) and returns each table's next id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Ids lockAndTakeIds() {
        jdbc.sql(LOCK).update();
        Map<Table, Long> first = new EnumMap<>(Table.class);
        for (Table table : Table.values()) {
            if (table.identified()) {
                first.put(table, jdbc.sql("select case when is_called then last_value + 1 else last_value end from "
                        + sequence(table)).query(Long.class).single());
            }
        }
        return new Ids(first);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public References references(String forceCode, ZoneId zone, SyntheticForce force) {
        Map<LocalDate, Integer> days = jdbc.sql("select name, last_number from reference_numbers.counters "
                        + "where name between :first and :last and last_number is not null")
                .param("first", INCIDENT + DAY.format(force.start()))
                .param("last", INCIDENT + DAY.format(force.start().plusDays(force.days())))
                .query((rs, row) -> Map.entry(LocalDate.parse(rs.getString("name").substring(INCIDENT.length()), DAY),
                        rs.getInt("last_number")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<Integer, Integer> years = jdbc.sql("select name, last_number from reference_numbers.counters "
                        + "where name ~ '^crime_[0-9]{4}$' and last_number is not null")
                .query((rs, row) -> Map.entry(Integer.parseInt(rs.getString("name").substring(CRIME.length())),
                        rs.getInt("last_number")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new References(forceCode, zone, days, years);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long recordRun(SyntheticForce force, long firstIncidentId) {
        return jdbc.sql("""
                insert into synthetic_run (seed, incidents, start_date, days, settings, first_incident_id, last_incident_id)
                values (:seed, :incidents, :start, :days, :settings, :first, :last) returning id""")
                .param("seed", force.seed()).param("incidents", force.incidents()).param("start", force.start())
                .param("days", force.days()).param("settings", force.toString())
                .param("first", force.incidents() == 0 ? null : firstIncidentId)
                .param("last", force.incidents() == 0 ? null : firstIncidentId + force.incidents() - 1)
                .query(Long.class).single();
    }

    /** Moves sequences and reference counters past the loaded rows. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void advance(Ids ids, References references) {
        for (Table table : Table.values()) {
            if (table.identified() && ids.used(table)) {
                jdbc.sql("select setval('" + sequence(table) + "', :last)").param("last", ids.last(table))
                        .query(Long.class).single();
            }
        }
        references.dayCounters().forEach((day, number) -> setLast(INCIDENT + DAY.format(day), number));
        references.yearCounters().forEach((year, number) -> setLast(CRIME + year, number));
    }

    private void setLast(String counter, int number) {
        jdbc.sql("select reference_numbers.set_last(:counter, :number)").param("counter", counter)
                .param("number", number).query().singleRow();
    }

    /** The sequence behind the table's {@code id}, as PostgreSQL names it. */
    private String sequence(Table table) {
        return jdbc.sql("select pg_get_serial_sequence(:table, 'id')").param("table", table.tableName())
                .query(String.class).single();
    }
}
