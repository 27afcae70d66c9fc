package org.crimeledger.publication;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.crimeledger.ForceProperties;
import org.crimeledger.database.Timestamps;
import org.crimeledger.publication.internal.CrimeIdentifiers;
import org.crimeledger.publication.internal.SnapPoints;
import org.crimeledger.security.NeedToKnow;
import org.crimeledger.standards.PoliceUkCategory;
import org.crimeledger.standards.ReferenceData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The force's own records in the shapes of data.police.uk: each month's street-level crimes (crimes recorded in
 * the month, and anti-social behaviour incidents received in it, without IDs) and outcomes (given in the month),
 * with every location moved to the nearest anonymisation point and each crime under a Crime ID that cannot be
 * reversed. Only months that have ended are published. Cancelled and transferred crimes are not published.
 */
@Service
public class PoliceUkPublication {

    static final String UNDER_INVESTIGATION = "Under investigation";
    static final String STATUS_UNAVAILABLE = "Status update unavailable";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate template;
    private final SnapPoints points;
    private final CrimeIdentifiers identifiers;
    private final ReferenceData referenceData;
    private final ForceProperties force;
    private final Clock clock;

    PoliceUkPublication(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template, SnapPoints points, CrimeIdentifiers identifiers, ReferenceData referenceData,
            ForceProperties force, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.points = points;
        this.identifiers = identifiers;
        this.referenceData = referenceData;
        this.force = force;
        this.clock = clock;
    }

    public String forceName() {
        return force.name();
    }

    /** Whether the month has ended in the force's time, so may be published. */
    public boolean published(YearMonth month) {
        return month.isBefore(YearMonth.now(clock.withZone(force.timeZone())));
    }

    /** Months that have ended and hold crimes or anti-social behaviour, newest first. */
    @Transactional(readOnly = true)
    public List<YearMonth> months() {
        return jdbc.sql("""
                select distinct to_char(at at time zone :zone, 'YYYY-MM') as month from (
                    select recorded_at as at from crime where status not in ('CANCELLED', 'TRANSFERRED')
                    union all
                    select i.received_at from incident i join incident_type t on t.code = i.opening_type
                    where t.category = 'ANTI_SOCIAL_BEHAVIOUR') m
                order by month desc""").param("zone", force.timeZone().getId())
                .query((rs, n) -> YearMonth.parse(rs.getString(1))).list().stream().filter(this::published).toList();
    }

    /** The month's street-level rows: crimes recorded in it, then anti-social behaviour received in it. */
    @Transactional
    public List<PublishedCrime> streetLevel(YearMonth month) {
        requirePublished(month);
        ZoneId zone = force.timeZone();
        Map<String, String> labels = categoryLabels();
        List<PublishedCrime> rows = new ArrayList<>();
        List<Object[]> ids = new ArrayList<>();
        jdbc.sql("""
                select c.id, c.reference, oc.police_uk_category_slug as category, i.latitude, i.longitude,
                    """ + NeedToKnow.restrictedCrimeSql("c", "oc") + """
                 as restricted,
                    last.name as outcome, to_char(last.applied_at at time zone :zone, 'YYYY-MM') as outcome_month
                from crime c
                join incident i on i.id = c.incident_id
                join offence_classification oc on oc.code = c.classification_code
                left join lateral (
                    select coalesce(pc.name, :unavailable) as name, co.applied_at
                    from crime_outcome co join outcome_type ot on ot.code = co.outcome_type_code
                    left join police_uk_outcome_category pc on pc.code = ot.police_uk_outcome_code
                    where co.crime_id = c.id and co.status = 'APPLIED' and co.applied_at < :to
                    order by co.applied_at desc, co.id desc limit 1) last on true
                where c.status not in ('CANCELLED', 'TRANSFERRED') and c.recorded_at >= :from and c.recorded_at < :to
                order by c.id""")
                .param("zone", zone.getId()).param("unavailable", STATUS_UNAVAILABLE)
                .param("from", Timestamps.of(month.atDay(1).atStartOfDay(zone).toInstant()))
                .param("to", Timestamps.of(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
                .query((rs, n) -> {
                    String crimeId = identifiers.of(rs.getString("reference"));
                    ids.add(new Object[] {rs.getLong("id"), crimeId});
                    String outcome = rs.getString("outcome");
                    String outcomeMonth = rs.getString("outcome_month");
                    String category = rs.getString("category");
                    rows.add(new PublishedCrime(crimeId, month, points.nearest(decimal(rs, "latitude"),
                            decimal(rs, "longitude")), category, labels.get(category),
                            outcome == null ? UNDER_INVESTIGATION : outcome,
                            outcomeMonth == null ? null : YearMonth.parse(outcomeMonth), rs.getString("reference"),
                            rs.getBoolean("restricted")));
                    return null;
                }).list();
        jdbc.sql("""
                select i.reference, i.latitude, i.longitude from incident i join incident_type t on t.code = i.opening_type
                where t.category = 'ANTI_SOCIAL_BEHAVIOUR' and i.received_at >= :from and i.received_at < :to
                order by i.id""")
                .param("from", Timestamps.of(month.atDay(1).atStartOfDay(zone).toInstant()))
                .param("to", Timestamps.of(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
                .query((rs, n) -> rows.add(new PublishedCrime(null, month, points.nearest(decimal(rs, "latitude"),
                        decimal(rs, "longitude")), "anti-social-behaviour", labels.get("anti-social-behaviour"), null,
                        null, rs.getString("reference"), false)))
                .list();
        remember(ids);
        return rows;
    }

    /** The outcomes given in the month, each at its crime's point under its crime's published ID. */
    @Transactional
    public List<PublishedOutcome> outcomes(YearMonth month) {
        requirePublished(month);
        ZoneId zone = force.timeZone();
        List<Object[]> ids = new ArrayList<>();
        List<PublishedOutcome> rows = jdbc.sql("""
                select c.id, c.reference, i.latitude, i.longitude, ot.police_uk_outcome_code as code,
                    coalesce(pc.name, :unavailable) as name,
                    """ + NeedToKnow.restrictedCrimeSql("c", "oc") + """
                 as restricted
                from crime_outcome co
                join crime c on c.id = co.crime_id
                join incident i on i.id = c.incident_id
                join offence_classification oc on oc.code = c.classification_code
                join outcome_type ot on ot.code = co.outcome_type_code
                left join police_uk_outcome_category pc on pc.code = ot.police_uk_outcome_code
                where co.status = 'APPLIED' and co.applied_at >= :from and co.applied_at < :to
                    and c.status not in ('CANCELLED', 'TRANSFERRED')
                order by co.applied_at, co.id""")
                .param("unavailable", STATUS_UNAVAILABLE)
                .param("from", Timestamps.of(month.atDay(1).atStartOfDay(zone).toInstant()))
                .param("to", Timestamps.of(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
                .query((rs, n) -> {
                    String crimeId = identifiers.of(rs.getString("reference"));
                    ids.add(new Object[] {rs.getLong("id"), crimeId});
                    return new PublishedOutcome(crimeId, month, points.nearest(decimal(rs, "latitude"),
                            decimal(rs, "longitude")), rs.getString("code"), rs.getString("name"),
                            rs.getString("reference"), rs.getBoolean("restricted"));
                }).list();
        remember(ids);
        return rows;
    }

    /** A published crime by its Crime ID, with every outcome given to it in months that have ended. */
    @Transactional
    public java.util.Optional<CrimeOutcomes> outcomesFor(String crimeId) {
        ZoneId zone = force.timeZone();
        java.time.Instant endOfLastMonth = YearMonth.now(clock.withZone(zone)).atDay(1).atStartOfDay(zone).toInstant();
        List<Long> crime = jdbc.sql("select crime_id from published_crime_id where persistent_id = :id")
                .param("id", crimeId).query(Long.class).list();
        if (crime.isEmpty()) {
            return java.util.Optional.empty();
        }
        String month = jdbc.sql("select to_char(recorded_at at time zone :zone, 'YYYY-MM') from crime where id = :id")
                .param("zone", zone.getId()).param("id", crime.get(0)).query(String.class).single();
        PublishedCrime published = streetLevel(YearMonth.parse(month)).stream()
                .filter(row -> crimeId.equals(row.crimeId())).findFirst().orElse(null);
        if (published == null) {
            return java.util.Optional.empty();
        }
        List<CrimeOutcomes.Outcome> outcomes = jdbc.sql("""
                select ot.police_uk_outcome_code as code, coalesce(pc.name, :unavailable) as name,
                    to_char(co.applied_at at time zone :zone, 'YYYY-MM') as month
                from crime_outcome co join outcome_type ot on ot.code = co.outcome_type_code
                left join police_uk_outcome_category pc on pc.code = ot.police_uk_outcome_code
                where co.crime_id = :crime and co.status = 'APPLIED' and co.applied_at < :end
                order by co.applied_at, co.id""")
                .param("unavailable", STATUS_UNAVAILABLE).param("zone", zone.getId()).param("crime", crime.get(0))
                .param("end", Timestamps.of(endOfLastMonth))
                .query((rs, n) -> new CrimeOutcomes.Outcome(rs.getString("code"), rs.getString("name"),
                        YearMonth.parse(rs.getString("month")))).list();
        return java.util.Optional.of(new CrimeOutcomes(published, outcomes));
    }

    /** A published crime and its outcomes. */
    public record CrimeOutcomes(PublishedCrime crime, List<Outcome> outcomes) {

        /** One outcome: police.uk code (null when it has none), label, month given. */
        public record Outcome(String code, String name, YearMonth month) {
        }
    }

    public List<PoliceUkCategory> categories() {
        return referenceData.policeUkCrimeCategories();
    }

    private Map<String, String> categoryLabels() {
        return categories().stream().collect(Collectors.toMap(PoliceUkCategory::slug, PoliceUkCategory::label));
    }

    private void requirePublished(YearMonth month) {
        if (!published(month)) {
            throw new IllegalArgumentException(month + " has not ended: only months that have ended are published");
        }
    }

    private void remember(List<Object[]> ids) {
        if (!ids.isEmpty()) {
            template.batchUpdate("insert into published_crime_id (crime_id, persistent_id) values (?, ?) "
                    + "on conflict do nothing", ids);
        }
    }

    private static Double decimal(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        java.math.BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.doubleValue();
    }
}
