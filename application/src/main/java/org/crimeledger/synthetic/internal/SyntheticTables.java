package org.crimeledger.synthetic.internal;

import java.time.LocalDate;
import java.time.ZoneId;
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
 * writers, take the next ids and reference numbers, record the run, and afterwards move the sequences and
 * counters on past what was loaded, so live incidents and crimes continue the numbering without a clash.
 */
@Component
public class SyntheticTables {

    /** Counter tables first, in the order live inserts lock them, so a live insert waits rather than deadlocks. */
    private static final String LOCK = "lock table incident_reference_counter, incident, incident_update, "
            + "recording_decision, victim, crime_reference_counter, crime, suspect, crime_reclassification, "
            + "crime_removal, crime_outcome, synthetic_truth in exclusive mode";

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
        Map<LocalDate, Integer> days = jdbc.sql("select day, last_number from incident_reference_counter "
                        + "where day between :first and :last")
                .param("first", force.start()).param("last", force.start().plusDays(force.days()))
                .query((rs, row) -> Map.entry(rs.getObject("day", LocalDate.class), rs.getInt("last_number")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<Integer, Integer> years = jdbc.sql("select year, last_number from crime_reference_counter")
                .query((rs, row) -> Map.entry(rs.getInt("year"), rs.getInt("last_number")))
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
        references.dayCounters().forEach((day, number) -> jdbc.sql("""
                insert into incident_reference_counter (day, last_number) values (:day, :number)
                on conflict (day) do update set last_number = excluded.last_number""")
                .param("day", day).param("number", number).update());
        references.yearCounters().forEach((year, number) -> jdbc.sql("""
                insert into crime_reference_counter (year, last_number) values (:year, :number)
                on conflict (year) do update set last_number = excluded.last_number""")
                .param("year", year).param("number", number).update());
    }

    /** The sequence behind the table's {@code id}, as PostgreSQL names it. */
    private String sequence(Table table) {
        return jdbc.sql("select pg_get_serial_sequence(:table, 'id')").param("table", table.tableName())
                .query(String.class).single();
    }
}
