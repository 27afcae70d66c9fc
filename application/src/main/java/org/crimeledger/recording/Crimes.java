package org.crimeledger.recording;

import java.util.List;
import java.util.Optional;

import org.crimeledger.ledger.LastChanges;
import org.crimeledger.ledger.Ledger;
import org.crimeledger.ledger.LedgeredChange;
import org.crimeledger.ledger.PersonalDataAccessLog;
import org.crimeledger.recording.internal.CrimeRows;
import org.crimeledger.security.Actor;
import org.crimeledger.security.NeedToKnow.Reader;
import org.crimeledger.security.NeedToKnow;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Crime records: finding them, and moving them between statuses only as {@link CrimeLifecycle} allows. */
@Service
public class Crimes {

    /** The purpose logged for restricted crimes shown in search results. */
    public static final String SEARCH_PURPOSE = "Crime search results";

    private final JdbcClient jdbc;
    private final Ledger ledger;
    private final NeedToKnow needToKnow;
    private final PersonalDataAccessLog accessLog;

    Crimes(JdbcClient jdbc, Ledger ledger, NeedToKnow needToKnow, PersonalDataAccessLog accessLog) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.needToKnow = needToKnow;
        this.accessLog = accessLog;
    }

    private LastChanges lastChanges;

    /** Names what someone else changed when an edit is refused as stale. */
    @org.springframework.beans.factory.annotation.Autowired
    void describeConflictsWith(LastChanges lastChanges) {
        this.lastChanges = lastChanges;
    }

    public Optional<Crime> find(long id) {
        return jdbc.sql(CrimeRows.SELECT + " where c.id = :id").param("id", id).query(CrimeRows::crime).optional();
    }

    public Optional<Crime> findByReference(String reference) {
        return jdbc.sql(CrimeRows.SELECT + " where c.reference = :reference").param("reference", reference)
                .query(CrimeRows::crime).optional();
    }

    public List<Crime> forIncident(long incidentId) {
        return jdbc.sql(CrimeRows.SELECT + " where c.incident_id = :id order by c.id").param("id", incidentId)
                .query(CrimeRows::crime).list();
    }

    /** The crimes of an incident that this person may see. */
    public List<Crime> forIncident(long incidentId, Actor actor) {
        Reader reader = needToKnow.reader(actor);
        return forIncident(incidentId).stream().filter(crime -> reader.maySee(crime.restricted(), crime.recordedBy()))
                .toList();
    }

    /**
     * {@link #forIncident(long, Actor)} shown to the person on a page or in an answer: the restricted crimes among them
     * are logged as read, one row each in one statement, as when each is opened. The incident's own read does not
     * stand in for them: "who has seen this crime?" looks under the crime.
     */
    public List<Crime> forIncident(long incidentId, Actor actor, String purpose) {
        List<Crime> shown = forIncident(incidentId, actor);
        accessLog.recordReads(actor.username(), actor.role().name(), "crime",
                shown.stream().filter(Crime::restricted).map(Crime::reference).toList(), purpose);
        return shown;
    }

    /**
     * The crime if this person may see it; otherwise nothing, exactly as for a reference that does not exist, so
     * a refusal does not tell that a restricted crime is there. A restricted crime shown is logged as a read.
     */
    public Optional<Crime> findVisible(String reference, Actor actor, String purpose) {
        Reader reader = needToKnow.reader(actor);
        Optional<Crime> crime = findByReference(reference)
                .filter(found -> reader.maySee(found.restricted(), found.recordedBy()));
        crime.filter(Crime::restricted).ifPresent(found -> accessLog.recordRead(actor.username(), actor.role().name(),
                "crime", found.reference(), purpose));
        return crime;
    }

    /** {@link #findVisible}, refusing with 404 Not Found as for an unknown reference. */
    public Crime requireVisible(String reference, Actor actor, String purpose) {
        return findVisible(reference, actor, purpose)
                .orElseThrow(() -> InvalidRequestException.unknown("reference", reference, "crime"));
    }

    /**
     * Crimes this person may see matching a reference, incident reference or classification, newest first. The
     * restricted crimes among them are logged as read, one row per crime, as when each is opened.
     */
    public List<Crime> search(String text, String status, int limit, Actor actor) {
        String pattern = text == null || text.isBlank() ? null : "%" + text.strip() + "%";
        List<Crime> found = needToKnow.reader(actor).bind(jdbc.sql(CrimeRows.SELECT + "\n" + """
                 where (cast(:text as text) is null or c.reference ilike :text or i.reference ilike :text
                        or c.classification_code ilike :text or o.name ilike :text)
                   and (cast(:status as text) is null or c.status = :status)
                   and """ + NeedToKnow.crimeVisibleSql("c", "o") + """

                 order by c.recorded_at desc, c.id desc limit :limit"""))
                .param("text", pattern)
                .param("status", status == null || status.isBlank() ? null : status)
                .param("limit", limit <= 0 ? 50 : Math.min(limit, 500))
                .query(CrimeRows::crime).list();
        accessLog.recordReads(actor.username(), actor.role().name(), "crime",
                found.stream().filter(Crime::restricted).map(Crime::reference).toList(), SEARCH_PURPOSE);
        return found;
    }

    public Crime require(long id) {
        return find(id).orElseThrow(() -> InvalidRequestException.unknown("crimeId", id, "crime"));
    }

    /** Moves a crime to another status inside the caller's transaction, refusing moves the lifecycle forbids. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Crime changeStatus(long crimeId, CrimeStatus to, String action, String reason, Actor actor) {
        Crime crime = require(crimeId);
        if (!CrimeLifecycle.allows(crime.status(), to)) {
            throw new InvalidRequestException(HttpStatus.CONFLICT, "Not allowed from this status", "status", to,
                    "A crime that is " + crime.status().label().toLowerCase() + " cannot become "
                            + to.label().toLowerCase());
        }
        String before = ledger.snapshot("crime", crimeId).orElseThrow();
        jdbc.sql("update crime set status = :to, version = version + 1 where id = :id")
                .param("to", to.name()).param("id", crimeId).update();
        ledger.recordChange(LedgeredChange.changed(actor, action, "crime", crimeId, reason, before));
        return require(crimeId);
    }

    /** Checks the caller saw the current version, so two people cannot overwrite each other unseen. */
    public Crime requireVersion(long crimeId, int expectedVersion) {
        Crime crime = require(crimeId);
        if (crime.version() != expectedVersion) {
            throw new InvalidRequestException(HttpStatus.CONFLICT, "Crime changed", "version", expectedVersion,
                    "Someone else changed this crime (now version " + crime.version() + lastChanges
                            .describe("crime", crimeId).map(change -> ": " + change).orElse("")
                            + "); reload it and try again");
        }
        return crime;
    }
}
