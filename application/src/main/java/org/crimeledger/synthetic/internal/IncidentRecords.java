package org.crimeledger.synthetic.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.crimeledger.incidents.ReporterRelation;
import org.crimeledger.synthetic.SyntheticForce;
import org.crimeledger.synthetic.Treatment;

/**
 * Writes one incident as the service would have left it: the incident, the call handler's narrative,
 * the officer's update, the decision and its crimes, and the ground truth beside them. Its version counts
 * the changes since it was opened, as {@code Incidents} would have made them.
 */
final class IncidentRecords {

    /** Where an under-recorded incident may be closed instead: a non-crime category, hiding the crime. */
    private static final Map<String, String> HIDING_CATEGORY = Map.of("ASSAULT", "ASB_PERSONAL",
            "HARASSMENT_STALKING", "ASB_PERSONAL", "PUBLIC_ORDER", "ASB_PERSONAL", "DOMESTIC_ABUSE", "DOMESTIC_INCIDENT",
            "SEXUAL_OFFENCE", "CONCERN_FOR_SAFETY");
    private static final Template NO_FURTHER_ACTION = Template.of("Attended at {time}. Words of advice given and the "
            + "caller reassured; no offences disclosed and no further police action needed.");

    private final Random random;
    private final ZoneId zone;
    private final Instant end;
    private final long runId;
    private final Ids ids;
    private final References references;
    private final CrimeRecords crimes;

    IncidentRecords(Random random, ZoneId zone, Instant end, long runId, Ids ids, References references,
            SyntheticForce force) {
        this.random = random;
        this.zone = zone;
        this.end = end;
        this.runId = runId;
        this.ids = ids;
        this.references = references;
        this.crimes = new CrimeRecords(random, ids, references, zone, new CrimeOutcomes(force, end, runId, ids));
    }

    String lastCrime(String incidentType) {
        return crimes.lastCrime(incidentType);
    }

    void write(Report report, Verdict verdict, Chunk chunk) {
        long id = ids.next(Table.INCIDENT);
        Slots slots = new Slots(random, report, verdict, zone);
        boolean crimeRelated = report.kind().crimeRelated();
        Decision decision = verdict.decision();
        String narrative = narrative(report).fill(slots);
        update(chunk, id, report.openedAt(), report.callHandler(), "CALL_HANDLER", narrative, crimeRelated);
        int updates = 1;
        Instant closedAt = null;
        if (decision != null) {
            Instant attended = decision.decidedAt().minusSeconds(300 + random.nextInt(1500));
            attended = attended.isAfter(report.openedAt()) ? attended : report.openedAt().plusSeconds(60);
            slots.at(attended, decision.transferForce(), crimes.lastCrime(report.kind().code()));
            Template note = decision.note() != null ? decision.note().update()
                    : report.offence().victimBased() ? OfficerNotes.RECORDED : OfficerNotes.RECORDED_AGAINST_THE_STATE;
            String author = decision.role().equals("OFFICER") ? decision.decidedBy()
                    : People.officer(random, report.team());
            update(chunk, id, attended, author, "OFFICER", note.fill(slots), verdict.shouldRecord());
            updates++;
            closedAt = decision.decidedAt().plusSeconds(300 + random.nextInt(7200));
        } else if (!crimeRelated) {
            closedAt = report.openedAt().plusSeconds(1200 + random.nextInt(8 * 3600));
            if (closedAt.isBefore(end) && random.nextInt(100) < 35) {
                update(chunk, id, closedAt.minusSeconds(60), People.officer(random, report.team()), "OFFICER",
                        NO_FURTHER_ACTION.fill(slots.at(closedAt.minusSeconds(600), null, null)), false);
                updates++;
            }
        }
        boolean closed = closedAt != null && closedAt.isBefore(end);
        String closingType = !closed ? null
                : verdict.treatment() == Treatment.UNDER_RECORDED && random.nextBoolean()
                        ? HIDING_CATEGORY.getOrDefault(report.kind().code(), "ASB_NUISANCE") : report.kind().code();
        chunk.rows(Table.INCIDENT).number(id).text(references.incident(report.receivedAt())).time(report.receivedAt())
                .text(report.channel().name()).text(report.reporter().name()).text(report.relation().name())
                .text(report.place().text()).micros(report.place().latitudeMicros()).micros(report.place().longitudeMicros())
                .text(report.kind().code()).text(report.team()).time(crimeRelated ? report.receivedAt() : null)
                .time(verdict.deadline()).text(!crimeRelated ? "NOT_REQUIRED" : decision == null ? "AWAITING" : "DECIDED")
                .text(closingType).time(closed ? closedAt : null).text(report.callHandler()).time(report.openedAt())
                .number(updates - 1 + (decision != null ? 1 : 0) + (closed ? 1 : 0)).end();
        int recorded = crimes.write(id, report, verdict, slots, chunk);
        List<String> truth = verdict.crimes().stream().map(crime -> crime.principal().code()).toList();
        chunk.rows(Table.SYNTHETIC_TRUTH).number(id).number(runId).bool(crimeRelated).bool(verdict.shouldRecord())
                .codes(truth).text(verdict.shouldRecord() ? verdict.crimes().get(0).principal().group() : null)
                .number(verdict.victimCount()).number(recorded).bool(verdict.late()).text(verdict.treatment().name()).end();
        chunk.countIncident();
    }

    private static Template narrative(Report report) {
        Map<String, List<Template>> byType = report.kind().crimeRelated()
                ? CrimeNarratives.BY_TYPE : OtherNarratives.BY_TYPE;
        String code = report.kind().code();
        boolean byPolice = report.relation() == ReporterRelation.POLICE_DISCOVERED;
        List<Template> templates = byPolice ? byType.get(code + ":police") : null;
        if (templates == null && report.offence() != null) {
            templates = byType.get(code + ":" + report.offence().code());
            templates = templates != null ? templates : byType.get(code + ":" + report.offence().code().substring(0, 2));
        }
        templates = templates != null ? templates : byType.get(code);
        return templates.get((int) (report.receivedAt().getEpochSecond() % templates.size()));
    }

    private void update(Chunk chunk, long incidentId, Instant at, String author, String role, String text,
            boolean disclosesCrime) {
        chunk.rows(Table.INCIDENT_UPDATE).number(ids.next(Table.INCIDENT_UPDATE)).number(incidentId).time(at)
                .text(author).text(role).text(text).bool(disclosesCrime).end();
    }
}
