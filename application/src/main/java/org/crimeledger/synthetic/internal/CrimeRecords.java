package org.crimeledger.synthetic.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The rows a crime-recording decision leaves: the decision itself and, where crimes were recorded, the
 * victims, one crime per true crime, their suspects, any later downgrade or cancellation of the first, and the
 * outcome of each crime still recorded ({@link CrimeOutcomes}).
 */
final class CrimeRecords {

    private final Random random;
    private final Ids ids;
    private final References references;
    private final Amended amended;
    private final CrimeOutcomes outcomes;
    private final Map<String, String> lastCrimeByType = new HashMap<>();

    CrimeRecords(Random random, Ids ids, References references, ZoneId zone, CrimeOutcomes outcomes) {
        this.outcomes = outcomes;
        this.random = random;
        this.ids = ids;
        this.references = references;
        this.amended = new Amended(random, ids, zone);
    }

    /** The reference of the crime of this incident type recorded last, which a duplicate report can point to. */
    String lastCrime(String incidentType) {
        return lastCrimeByType.get(incidentType);
    }

    /** Writes the decision and what it recorded; returns how many crimes it recorded. */
    int write(long incidentId, Report report, Verdict verdict, Slots slots, Chunk chunk) {
        Decision decision = verdict.decision();
        if (decision == null) {
            return 0;
        }
        OfficerNotes.Note note = decision.note();
        String kind = decision.kind();
        slots.at(decision.decidedAt(), decision.transferForce(), lastCrime(report.kind().code()));
        chunk.rows(Table.RECORDING_DECISION).number(ids.next(Table.RECORDING_DECISION)).number(incidentId).text(kind)
                .text(kind.equals("NO_CRIME") ? note.reason() : null).text(kind.equals("N100") ? note.reason() : null)
                .text(decision.transferForce())
                .text((note == null ? OfficerNotes.CONFIRMED : note.explanation()).fill(slots))
                .text(OfficerNotes.INFORMATION_BASIS.get(report.relation().name()))
                .text(decision.decidedBy()).text(decision.role()).time(decision.decidedAt()).time(decision.deadline())
                .number(decision.limit().toHours()).number(decision.delaySeconds()).end();
        if (!decision.recordsCrimes()) {
            return 0;
        }
        List<Long> victimIds = new ArrayList<>();
        List<Person> victims = verdict.crimes().get(0).principal().victimBased() ? verdict.victims() : List.of();
        for (Person victim : victims) {
            long id = ids.next(Table.VICTIM);
            victimIds.add(id);
            Instant added = decision.decidedAt().minusSeconds(60 + random.nextInt(540));
            chunk.rows(Table.VICTIM).number(id).number(incidentId).text(victim.name()).date(victim.dateOfBirth())
                    .text(victim.contact()).text(decision.decidedBy()).time(max(added, report.openedAt())).end();
        }
        for (int i = 0; i < verdict.crimes().size(); i++) {
            TrueCrime crime = verdict.crimes().get(i);
            Amendment amendment = i == 0 ? verdict.amendment() : null;
            long crimeId = ids.next(Table.CRIME);
            String reference = references.crime(decision.decidedAt());
            Offence recordedAs = amendment != null && amendment.downgrade() ? amendment.downgradeTo() : crime.principal();
            Instant offenceTo = report.receivedAt().minusSeconds(random.nextInt(3 * 3600));
            long span = crime.principal().group().startsWith("THEFT") ? random.nextInt(10 * 3600) : 0;
            Csv row = chunk.rows(Table.CRIME).number(crimeId).text(reference).number(incidentId).text(recordedAs.code());
            if (crime.hasVictim()) {
                row.number(victimIds.get(crime.victim()));
            } else {
                row.nul();
            }
            row.time(offenceTo.minusSeconds(span)).time(offenceTo).time(report.receivedAt()).time(decision.decidedAt())
                    .text(decision.decidedBy()).text(amended.status(amendment))
                    .codes(crime.related().stream().map(Offence::code).toList()).codes(flags(report, crime))
                    .text(crime.rationale()).number(amendment == null ? 0 : 1).end();
            boolean suspect = random.nextDouble() < report.kind().suspect();
            if (suspect) {
                chunk.rows(Table.SUSPECT).number(ids.next(Table.SUSPECT)).number(crimeId)
                        .text(slots.suspectName)
                        .text(slots.suspectDescription).end();
            }
            if (amendment != null) {
                amended.write(crimeId, crime.principal(), amendment, slots, chunk);
            }
            if (amended.status(amendment).equals("RECORDED")) {
                outcomes.write(crimeId, recordedAs, suspect, report.kind().flags().contains("DOMESTIC_ABUSE"),
                        report.team(), decision.decidedBy(), decision.decidedAt(), chunk);
            }
            lastCrimeByType.put(report.kind().code(), reference);
        }
        return verdict.crimes().size();
    }

    /** Home Office flags: the type's own, hate crime for the aggravated classes, and some knife, online and alcohol. */
    private List<String> flags(Report report, TrueCrime crime) {
        List<String> flags = new ArrayList<>(report.kind().flags());
        String code = crime.principal().code();
        if (code.equals("9B") || code.equals("58J")) {
            flags.add("HATE_RACE");
        }
        if ((code.equals("34B") || code.equals("8N") || code.equals("5D")) && random.nextInt(100) < 10) {
            flags.add("KNIFE_OR_SHARP_INSTRUMENT");
        }
        if ((code.equals("8R") || code.equals("8L") || code.equals("8Q") || code.equals("NFIB90")) && random.nextBoolean()) {
            flags.add("ONLINE");
        }
        if ((code.equals("105A") || code.equals("8N") || code.equals("9A")) && random.nextInt(100) < 25) {
            flags.add("ALCOHOL");
        }
        return flags;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
