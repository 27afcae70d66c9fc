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

    /**
     * The generator treats a class as indictable-only exactly when the reference data does: in
     * {@code indictable_only_offence} (read by the out-of-court disposal policy and the outcome facts) and with I as
     * its only mode of trial (read by the rules). Otherwise a generated out-of-court disposal of a serious offence would
     * not be counted as one, or one counted would not have been generated as one.
     */
    @Test
    void theGeneratorsIndictableOnlyClassesAreTheReferenceDatas() {
        Set<String> indictableOnly = Set.copyOf(jdbc.sql("select classification_code from indictable_only_offence")
                .query(String.class).list());
        Set<String> onlyI = Set.copyOf(jdbc.sql("select code from offence_classification where modes_of_trial = 'I'")
                .query(String.class).list());
        for (Offence offence : Offences.all()) {
            assertThat(offence.indictableOnly()).as(offence.code() + " in indictable_only_offence")
                    .isEqualTo(indictableOnly.contains(offence.code()));
            assertThat(offence.indictableOnly()).as(offence.code() + " tried only on indictment")
                    .isEqualTo(onlyI.contains(offence.code()));
        }
        assertThat(Offences.all()).filteredOn(Offence::indictableOnly).extracting(Offence::code).contains("19C", "34B");
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
