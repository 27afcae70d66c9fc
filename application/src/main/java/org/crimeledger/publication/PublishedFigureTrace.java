package org.crimeledger.publication;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.crimeledger.ForceProperties;
import org.crimeledger.ledger.PersonalDataAccessLog;
import org.crimeledger.security.Actor;
import org.crimeledger.security.NeedToKnow;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows a published count back to the records behind it: the crime (or, for anti-social behaviour, incident)
 * references that make up a police.uk count (month, category, and optionally one anonymisation point) or a Home
 * Office table count (financial year, offence code), computed from the same rows as the published figure, so the
 * list is exactly as long as the count. Restricted records (sexual offences, domestic abuse) are listed only to
 * those who may see them, and each listing of one is logged; others see how many were left out.
 */
@Service
public class PublishedFigureTrace {

    /** The records behind one published count. */
    public record Trace(String figure, long count, List<String> references, long restrictedNotListed) {
    }

    private final PoliceUkPublication publication;
    private final NeedToKnow needToKnow;
    private final PersonalDataAccessLog accessLog;
    private final JdbcClient jdbc;
    private final ForceProperties force;

    PublishedFigureTrace(PoliceUkPublication publication, NeedToKnow needToKnow,
            PersonalDataAccessLog accessLog, JdbcClient jdbc, ForceProperties force) {
        this.publication = publication;
        this.needToKnow = needToKnow;
        this.accessLog = accessLog;
        this.jdbc = jdbc;
        this.force = force;
    }

    /**
     * The street-level count of the month for the category ({@code all-crime} for every row, anti-social behaviour
     * included, as on police.uk), at one anonymisation point or over the force.
     */
    public Trace streetLevel(YearMonth month, String category, Long pointId, Actor actor) {
        if (!publication.published(month)) {
            throw new InvalidRequestException(HttpStatus.NOT_FOUND, "Month not published", "month", month,
                    "only months that have ended are published");
        }
        Predicate<PublishedCrime> chosen = row -> ("all-crime".equals(category) || row.category().equals(category))
                && (pointId == null || row.point() != null && row.point().id() == pointId);
        List<Record> records = publication.streetLevel(month).stream().filter(chosen)
                .map(row -> new Record(row.reference(), row.restricted())).toList();
        String figure = "street-level " + category + " " + month + (pointId == null ? "" : " at point " + pointId);
        return listed(figure, records, actor);
    }

    /** The Home Office table's count for the financial year (by its starting year) and offence code. */
    @Transactional(readOnly = true)
    public Trace recordedCrime(int financialYear, String offenceCode, Actor actor) {
        ZoneId zone = force.timeZone();
        List<Record> records = jdbc.sql("select c.reference, " + NeedToKnow.restrictedCrimeSql("c", "oc") + """
                 as restricted
                from crime c join offence_classification oc on oc.code = c.classification_code
                where c.status not in ('CANCELLED', 'TRANSFERRED') and c.classification_code = :code
                    and extract(year from (c.recorded_at at time zone :zone) - interval '3 months')::int = :fy
                order by c.reference""")
                .param("code", offenceCode).param("zone", zone.getId()).param("fy", financialYear)
                .query((rs, n) -> new Record(rs.getString("reference"), rs.getBoolean("restricted"))).list();
        return listed("recorded crime " + offenceCode + " " + RecordedCrimeTable.financialYear(financialYear), records,
                actor);
    }

    private record Record(String reference, boolean restricted) {
    }

    /** Lists the records, restricted ones only to those who may see them, all those listed logged in one statement. */
    private Trace listed(String figure, List<Record> records, Actor actor) {
        boolean maySee = needToKnow.maySeeRestricted(actor);
        List<String> references = new ArrayList<>();
        List<String> restrictedListed = new ArrayList<>();
        long hidden = 0;
        for (Record record : records) {
            if (!record.restricted()) {
                references.add(record.reference());
            } else if (maySee) {
                restrictedListed.add(record.reference());
                references.add(record.reference());
            } else {
                hidden++;
            }
        }
        accessLog.recordReads(actor.username(), actor.role().name(), "crime", restrictedListed,
                "Tracing the published figure " + figure);
        return new Trace(figure, records.size(), references, hidden);
    }
}
