package org.crimeledger.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.crimeledger.DatabaseTest;
import org.crimeledger.rules.OffenceClass;
import org.crimeledger.rules.OffenceClasses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The catalogue's copy of offence-class facts (for checks without a database) agrees with the reference data. */
@DatabaseTest
class OffenceClassFactsTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCatalogueKnowsEveryOffenceClassWithTheSameFacts() {
        List<OffenceClass> table = jdbc.sql("select code, victim_based, course_of_conduct from offence_classification")
                .query((rs, row) -> new OffenceClass(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3))).list();
        Map<String, OffenceClass> fromTable = new TreeMap<>();
        table.forEach(c -> fromTable.put(c.code(), c));

        assertThat(new TreeMap<>(OffenceClasses.all())).isEqualTo(fromTable);
    }
}
