package org.crimeledger.publication;

import java.time.ZoneId;
import java.util.List;

import org.crimeledger.ForceProperties;
import org.crimeledger.SharedSql;
import org.crimeledger.standards.ComparableSeries;
import org.crimeledger.standards.ReferenceData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The force's recorded crime in the shape of the Home Office open-data tables: force, offence code, offence
 * group, financial year, count. Each crime counts under the class it carries, which is the class in force when
 * it was recorded (or a later reclassification within that list), so a burglary recorded in 2016 stays 28A; the
 * comparable series beside each row (docs/reference-data.md) lets 28A, 28E and 28I be added up across the
 * April 2017 and April 2023 changes. Cancelled and transferred crimes are not counted, as in the published tables.
 */
@Service
public class RecordedCrimeTable {

    /** One row of the table. */
    public record Row(String force, String financialYear, String offenceCode, String offenceName, String offenceGroup,
            String comparableSeries, long count) {
    }

    /** The shared SQL: the crimes that count (PostgreSQL only) and the table counted from them (any engine). */
    public static final String FACTS = "publication/recorded-crime-facts";
    public static final String TABLE = "publication/recorded-crime-table";

    private final JdbcClient jdbc;
    private final ReferenceData referenceData;
    private final ForceProperties force;

    RecordedCrimeTable(JdbcClient jdbc, ReferenceData referenceData, ForceProperties force) {
        this.jdbc = jdbc;
        this.referenceData = referenceData;
        this.force = force;
    }

    /** Every offence code with crimes recorded in the financial years starting {@code firstYear} to {@code lastYear}. */
    @Transactional(readOnly = true)
    public List<Row> rows(int firstYear, int lastYear) {
        ZoneId zone = force.timeZone();
        ComparableSeries series = referenceData.comparableSeries();
        return jdbc.sql("with recorded_crime_facts as (" + SharedSql.load(FACTS) + ")\n" + SharedSql.load(TABLE))
                .param("force", force.code()).param("zone", zone.getId()).param("first", firstYear).param("last", lastYear)
                .query((rs, row) -> new Row(force.code(), financialYear(rs.getInt("fy")), rs.getString("code"),
                        rs.getString("name"), rs.getString("offence_group"), series.of(rs.getString("code")),
                        rs.getLong("crimes")))
                .list();
    }

    static String financialYear(int startYear) {
        return String.format("%d/%02d", startYear, (startYear + 1) % 100);
    }
}
