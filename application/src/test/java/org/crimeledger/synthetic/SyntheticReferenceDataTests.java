package org.crimeledger.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.crimeledger.DatabaseTest;
import org.crimeledger.standards.OffenceClassification;
import org.crimeledger.standards.ReferenceData;
import org.crimeledger.synthetic.internal.Kinds;
import org.crimeledger.synthetic.internal.Offence;
import org.crimeledger.synthetic.internal.Offences;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The synthetic force's copy of the reference facts agrees with the reference tables it writes against. */
@DatabaseTest
class SyntheticReferenceDataTests {

    @Autowired
    ReferenceData referenceData;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyOffenceHasTheGroupVictimAndRankOfItsClassification() {
        for (Offence offence : Offences.all()) {
            OffenceClassification classification = referenceData.offenceClassification(offence.code()).orElseThrow();
            assertThat(offence.group()).as(offence.code()).isEqualTo(classification.offenceGroupCode());
            assertThat(offence.victimBased()).as(offence.code()).isEqualTo(classification.victimBased());
            assertThat(offence.seriousnessRank()).as(offence.code()).isEqualTo(classification.seriousnessRank());
        }
    }

    @Test
    void everyIncidentTypeExistsWithTheRightCategory() {
        Kinds.CRIME_RELATED.forEach(kind -> assertThat(category(kind.code())).as(kind.code()).isEqualTo("CRIME_RELATED"));
        Kinds.NOT_CRIME_RELATED.forEach(kind -> assertThat(category(kind.code())).as(kind.code())
                .isNotEqualTo("CRIME_RELATED"));
    }

    @Test
    void theUnderRecordingKnobsNameRealOffenceGroups() {
        Set<String> groups = Set.copyOf(jdbc.sql("select code from offence_group").query(String.class).list());

        assertThat(groups).containsAll(RecordingPractice.kent2013().underRecordingByGroup().keySet());
    }

    private String category(String code) {
        return jdbc.sql("select category from incident_type where code = :code").param("code", code)
                .query(String.class).single();
    }
}
