package org.crimeledger.compliance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.crimeledger.database.Timestamps;
import org.crimeledger.incidents.Incident;
import org.crimeledger.recording.DecisionKind;
import org.crimeledger.recording.DecisionRequest;
import org.crimeledger.recording.DecisionScreening;
import org.crimeledger.rules.CountingDecision;
import org.crimeledger.rules.CrimeRecord;
import org.crimeledger.rules.DecisionRecord;
import org.crimeledger.rules.IncidentRecord;
import org.crimeledger.rules.OffenceClass;
import org.crimeledger.rules.OffenceClasses;
import org.crimeledger.rules.ProposedCrime;
import org.crimeledger.rules.RecordSet;
import org.crimeledger.rules.RuleCatalogue;
import org.crimeledger.rules.RuleFinding;
import org.crimeledger.rules.VictimRecord;
import org.crimeledger.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The catalogue at the point of entry: the decision as the decider states it, with the crimes the counting rules
 * propose, becomes a record set checked by the same rules as the batch and the extracts. Warnings gone ahead with
 * are kept in {@code rule_acknowledgement} with their reason.
 */
@Component
class PointOfEntryScreening implements DecisionScreening {

    private final ComplianceSettings settings;
    private final JdbcClient jdbc;

    PointOfEntryScreening(ComplianceSettings settings, JdbcClient jdbc) {
        this.settings = settings;
        this.jdbc = jdbc;
    }

    @Override
    public List<RuleFinding> screen(Incident incident, DecisionRequest request, CountingDecision counting, Instant now) {
        return RuleCatalogue.start(settings.now()).check(recordSet(incident, request, counting, now));
    }

    static RecordSet recordSet(Incident incident, DecisionRequest request, CountingDecision counting, Instant now) {
        Instant clockStart = incident.crimeDisclosedAt() == null ? incident.receivedAt() : incident.crimeDisclosedAt();
        IncidentRecord incidentRecord = new IncidentRecord(incident.reference(), clockStart, true,
                incident.reporterRelation() == null ? null : incident.reporterRelation().name(), null, null);
        DecisionRecord decision = new DecisionRecord(request.kind().name(), request.noCrimeReason(),
                request.explanation(), request.n100Subcode(), request.transferForce(), now);
        List<VictimRecord> victims = new ArrayList<>();
        for (int i = 0; i < request.victims().size(); i++) {
            victims.add(new VictimRecord(Integer.toString(i + 1), null, request.victims().get(i).dateOfBirth()));
        }
        List<CrimeRecord> crimes = new ArrayList<>();
        if (request.kind() == DecisionKind.CRIMES_RECORDED && counting != null) {
            boolean named = request.suspects().stream().anyMatch(s -> s.name() != null && !s.name().isBlank());
            int number = 0;
            for (ProposedCrime proposed : counting.crimes()) {
                OffenceClass classification = OffenceClasses.find(proposed.principal().code())
                        .orElse(new OffenceClass(proposed.principal().code(), proposed.principal().victimBased(),
                                proposed.principal().courseOfConduct()));
                crimes.add(new CrimeRecord("proposed crime " + (++number), classification,
                        proposed.victimKey().map(List::of).orElse(List.of()), proposed.offenderGroup(),
                        request.offenceFrom(), request.offenceTo(), clockStart, now, "RECORDED",
                        Set.copyOf(request.flags()), null, named, null, null));
            }
        }
        return new RecordSet(incidentRecord, decision, victims, crimes, List.of(), List.of(), List.of());
    }

    @Override
    public void acknowledge(Incident incident, List<RuleFinding> warnings, String reason, Actor actor, Instant now) {
        for (RuleFinding warning : warnings) {
            jdbc.sql("""
                    insert into rule_acknowledgement (incident_id, rule_code, detail, reason, acknowledged_by,
                        acknowledged_role, acknowledged_at) values (:incident, :code, :detail, :reason, :by, :role, :at)""")
                    .param("incident", incident.id()).param("code", warning.code()).param("detail", warning.detail())
                    .param("reason", reason).param("by", actor.username()).param("role", actor.role().name())
                    .param("at", Timestamps.of(now)).update();
        }
    }
}
