package org.crimeledger.recording;

import java.util.ArrayList;
import java.util.List;

import org.crimeledger.ledger.PersonalDataAccessLog;
import org.crimeledger.ledger.PersonalDataAccessLog.Shown;
import org.crimeledger.security.Actor;
import org.crimeledger.security.NeedToKnow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The registrar's desk as one person may see it: downgrades and cancellations or transfers waiting for a decision, and
 * the latest decisions made after their deadline, each only on records they may see ({@link NeedToKnow}). The
 * restricted records on the desk are logged as read, one row each (ADR 0030): a downgrade shows its reason and a
 * cancellation its explanation, often the victim's account at second hand. The crimes of the first two lists and the
 * incidents of the third go in one statement.
 */
@Service
public class RegistrarDesk {

    /** The purpose logged for restricted records shown on the desk. */
    public static final String PURPOSE = "Registrar's desk";

    /** What the desk shows. */
    public record Desk(List<Reclassification> reclassifications, List<Removal> removals,
            List<RecordingDecision> lateDecisions) {
    }

    private final Reclassifying reclassifying;
    private final Removing removing;
    private final Deciding deciding;
    private final JdbcClient jdbc;
    private final PersonalDataAccessLog accessLog;

    RegistrarDesk(Reclassifying reclassifying, Removing removing, Deciding deciding, JdbcClient jdbc,
            PersonalDataAccessLog accessLog) {
        this.reclassifying = reclassifying;
        this.removing = removing;
        this.deciding = deciding;
        this.jdbc = jdbc;
        this.accessLog = accessLog;
    }

    public Desk view(int lateDecisions, Actor actor) {
        Desk desk = new Desk(reclassifying.awaitingDecision(actor), removing.awaitingDecision(actor),
                deciding.breaches(lateDecisions, actor));
        List<Long> crimes = new ArrayList<>();
        desk.reclassifications().forEach(waiting -> crimes.add(waiting.crimeId()));
        desk.removals().forEach(waiting -> crimes.add(waiting.crimeId()));
        List<Long> incidents = desk.lateDecisions().stream().map(RecordingDecision::incidentId).toList();
        if (!crimes.isEmpty() || !incidents.isEmpty()) {
            List<Shown> restricted = jdbc.sql("""
                    select 'crime', c.reference from crime c join offence_classification o on o.code = c.classification_code
                    where c.id = any(cast(:crimes as bigint[])) and """ + NeedToKnow.restrictedCrimeSql("c", "o") + """

                    union all
                    select 'incident', i.reference from incident i
                    where i.id = any(cast(:incidents as bigint[])) and """ + NeedToKnow.restrictedIncidentSql("i"))
                    .param("crimes", crimes.toArray(Long[]::new)).param("incidents", incidents.toArray(Long[]::new))
                    .query((rs, row) -> new Shown(rs.getString(1), rs.getString(2))).list();
            accessLog.recordShown(actor.username(), actor.role().name(), restricted, PURPOSE);
        }
        return desk;
    }
}
