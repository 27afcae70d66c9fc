package org.crimeledger.standards;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the reference tables that the migrations load. The tables are the single source: enums in
 * this package name only the codes the code itself branches on, and a test keeps the two in step.
 */
@Service
public class ReferenceData {

    private final JdbcClient jdbc;

    ReferenceData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<NamedCode> offenceGroups() {
        return jdbc.sql("select code, name from offence_group order by display_order").query(NamedCode.class).list();
    }

    public List<OffenceClassification> offenceClassifications() {
        return jdbc.sql("select * from offence_classification order by display_order")
                .query(OffenceClassification.class).list();
    }

    public Optional<OffenceClassification> offenceClassification(String code) {
        return jdbc.sql("select * from offence_classification where code = :code")
                .param("code", code)
                .query(OffenceClassification.class).optional();
    }

    public List<NamedCode> outcomeGroups() {
        return jdbc.sql("select code, name from outcome_group order by display_order").query(NamedCode.class).list();
    }

    public List<OutcomeTypeDefinition> outcomeTypes() {
        return jdbc.sql("select * from outcome_type order by display_order").query(OutcomeTypeDefinition.class).list();
    }

    public List<CancellationClassDefinition> cancellationClasses() {
        return jdbc.sql("select * from cancellation_class order by code")
                .query(CancellationClassDefinition.class).list();
    }

    public List<PoliceUkCategory> policeUkCrimeCategories() {
        return jdbc.sql("select slug, label, is_crime, description from police_uk_crime_category order by display_order")
                .query(PoliceUkCategory.class).list();
    }

    public List<PoliceUkOutcome> policeUkOutcomeCategories() {
        return jdbc.sql("select code, name, decided_by from police_uk_outcome_category order by display_order")
                .query(PoliceUkOutcome.class).list();
    }
}
