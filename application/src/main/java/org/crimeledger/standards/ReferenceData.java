package org.crimeledger.standards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.crimeledger.ForceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the reference tables that the migrations load. The tables are the single source: enums in
 * this package name only the codes the code itself branches on, and a test keeps the two in step.
 *
 * <p>Classes, outcome types and cancellation classes change over the years, so each has a date-aware lookup:
 * {@link #offenceClassificationsInForce(LocalDate)} answers from the imported list in force on the date, or from
 * the built-in table's dates before any list was imported. {@link #offenceClassification(String)} finds any class
 * ever known, so a deleted class still displays on the old records that use it.
 */
@Service
public class ReferenceData {

    private static final String CLASS_COLUMNS = "o.code, o.name, o.offence_group_code, o.offence_subgroup, o.victim_based,"
            + " o.notifiable, o.course_of_conduct, o.seriousness_rank, o.seriousness_verified, o.police_uk_category_slug,"
            + " o.police_uk_verified, o.verified, o.source";

    private final JdbcClient jdbc;
    private final ForceProperties force;

    ReferenceData(JdbcClient jdbc, ForceProperties force) {
        this.jdbc = jdbc;
        this.force = force;
    }

    /** The force's calendar date of an instant, which decides the list in force (1 April starts a list's year). */
    public LocalDate dateOf(Instant instant) {
        return instant.atZone(force.timeZone()).toLocalDate();
    }

    /** The imported version in force on a date, if any list covers it; otherwise the built-in table applies. */
    public OptionalInt importedVersionInForce(LocalDate date) {
        return jdbc.sql("""
                select id from reference_version
                where financial_year is not null and rolled_back_at is null and in_force_from <= :date
                order by in_force_from desc, id desc limit 1""")
                .param("date", date).query(Integer.class).optional()
                .map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    /** The classes a new record may be given when its crime was reported on this date, in Home Office class order. */
    public List<OffenceClassification> offenceClassificationsInForce(LocalDate date) {
        OptionalInt version = importedVersionInForce(date);
        if (version.isPresent()) {
            return jdbc.sql("select " + CLASS_COLUMNS + " from offence_classification o"
                    + " join reference_class r on r.code = o.code and r.version_id = :version order by o.display_order")
                    .param("version", version.getAsInt()).query(OffenceClassification.class).list();
        }
        return jdbc.sql("select " + CLASS_COLUMNS + " from offence_classification o where o.introduced_by_version is null"
                        + " and (o.in_force_from is null or o.in_force_from <= :date)"
                        + " and (o.in_force_to is null or :date <= o.in_force_to) order by o.display_order")
                .param("date", date).query(OffenceClassification.class).list();
    }

    /** As {@link #offenceClassificationsInForce(LocalDate)}, for the force's date of a report. */
    public List<OffenceClassification> offenceClassificationsInForce(Instant reportedAt) {
        return offenceClassificationsInForce(dateOf(reportedAt));
    }

    /**
     * Whether a class may be given to a crime reported on this date: the same answer as looking in
     * {@link #offenceClassificationsInForce(LocalDate)}, in one small query (it runs on every decision).
     */
    public boolean inForce(String code, LocalDate date) {
        return jdbc.sql("""
                with imported as (
                    select id from reference_version
                    where financial_year is not null and rolled_back_at is null and in_force_from <= :date
                    order by in_force_from desc, id desc limit 1)
                select case when exists (select 1 from imported)
                    then exists (select 1 from offence_classification o join reference_class r on r.code = o.code
                                 join imported v on r.version_id = v.id where o.code = :code)
                    else exists (select 1 from offence_classification o where o.code = :code
                                 and o.introduced_by_version is null and (o.in_force_from is null or o.in_force_from <= :date)
                                 and (o.in_force_to is null or :date <= o.in_force_to))
                    end""")
                .param("code", code).param("date", date).query(Boolean.class).single();
    }

    /** The outcome types in force on a date; types whose start is not known are treated as always in force. */
    public List<OutcomeTypeDefinition> outcomeTypesInForce(LocalDate date) {
        return jdbc.sql("select * from outcome_type where (in_force_from is null or in_force_from <= :date)"
                        + " and (in_force_to is null or :date <= in_force_to) order by display_order")
                .param("date", date).query(OutcomeTypeDefinition.class).list();
    }

    /** The cancellation classes in force on a date (none has a known start, so all are, today). */
    public List<CancellationClassDefinition> cancellationClassesInForce(LocalDate date) {
        return jdbc.sql("select * from cancellation_class where (in_force_from is null or in_force_from <= :date)"
                        + " and (in_force_to is null or :date <= in_force_to) order by code")
                .param("date", date).query(CancellationClassDefinition.class).list();
    }

    /** Classes split or redefined by a later list, for statistics over years. */
    public List<ClassSuccession> classSuccessions() {
        return jdbc.sql("select * from class_succession order by effective, from_code, to_code")
                .query(ClassSuccession.class).list();
    }

    /** The comparable series of every class, from {@link #classSuccessions()}. */
    public ComparableSeries comparableSeries() {
        return new ComparableSeries(classSuccessions());
    }

    public List<NamedCode> offenceGroups() {
        return jdbc.sql("select code, name from offence_group order by display_order").query(NamedCode.class).list();
    }

    /** Every class ever known, in force today or not, in Home Office class order; for display and reports. */
    public List<OffenceClassification> offenceClassifications() {
        return jdbc.sql("select * from offence_classification order by display_order")
                .query(OffenceClassification.class).list();
    }

    /** Any class ever known, in force today or not, so old records keep their classification's name and facts. */
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
