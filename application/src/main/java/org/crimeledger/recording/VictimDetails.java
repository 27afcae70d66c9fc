package org.crimeledger.recording;

import java.util.Optional;

import org.crimeledger.ledger.PersonalDataAccessLog;
import org.crimeledger.security.Actor;
import org.crimeledger.web.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to read a victim's personal details. Each read states its purpose and is logged with
 * who read what and when, as the Data Protection Act 2018 s.62 requires of law-enforcement processing.
 */
@Service
public class VictimDetails {

    private final JdbcClient jdbc;
    private final PersonalDataAccessLog accessLog;

    VictimDetails(JdbcClient jdbc, PersonalDataAccessLog accessLog) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
    }

    @Transactional
    public Victim read(long victimId, String purpose, Actor actor) {
        if (purpose == null || purpose.isBlank()) {
            throw new InvalidRequestException(HttpStatus.BAD_REQUEST, "Purpose required", "purpose", purpose,
                    "Say why you need the victim's personal details");
        }
        Victim victim = find(victimId).orElseThrow(() -> InvalidRequestException.unknown("victimId", victimId, "victim"));
        accessLog.recordRead(actor.username(), actor.role().name(), "victim", Long.toString(victimId), purpose.strip());
        return victim;
    }

    private Optional<Victim> find(long victimId) {
        return jdbc.sql("select id, incident_id, name, date_of_birth, contact from victim where id = :id")
                .param("id", victimId)
                .query((rs, row) -> new Victim(rs.getLong("id"), rs.getLong("incident_id"), rs.getString("name"),
                        rs.getObject("date_of_birth", java.time.LocalDate.class), rs.getString("contact")))
                .optional();
    }
}
