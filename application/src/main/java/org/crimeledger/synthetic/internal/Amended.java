package org.crimeledger.synthetic.internal;

import java.time.ZoneId;
import java.util.Random;

/**
 * Writes a downgrade as an applied reclassification, and a cancellation or transfer as an approved
 * removal, with everything the removal's class requires (CRR26 pp.25-26): the receiving force's reference
 * for C1, additional verifiable information and its evidence for C2 and C5, the victim told for C1, C2 and C5.
 */
final class Amended {

    private final Random random;
    private final Ids ids;
    private final ZoneId zone;

    Amended(Random random, Ids ids, ZoneId zone) {
        this.random = random;
        this.ids = ids;
        this.zone = zone;
    }

    /** The crime's status once the amendment is made. */
    String status(Amendment amendment) {
        if (amendment == null || amendment.downgrade()) {
            return "RECORDED";
        }
        return amendment.ground().cancellationClass().equals("C1") ? "TRANSFERRED" : "CANCELLED";
    }

    private static String fill(String template, Slots slots) {
        return template == null ? null : Template.of(template).fill(slots);
    }

    void write(long crimeId, Offence recorded, Amendment amendment, Slots slots, Chunk chunk) {
        if (amendment.downgrade()) {
            chunk.rows(Table.CRIME_RECLASSIFICATION).number(ids.next(Table.CRIME_RECLASSIFICATION)).number(crimeId)
                    .text(recorded.code()).text(amendment.downgradeTo().code()).bool(true).text(amendment.reason())
                    .text(amendment.officer()).text("OFFICER").time(amendment.proposedAt()).text("APPLIED")
                    .text(amendment.registrar()).text("CRIME_REGISTRAR").time(amendment.decidedAt())
                    .text(Amendments.APPROVED).end();
            return;
        }
        Amendments.Ground ground = amendment.ground();
        slots.at(amendment.proposedAt(), amendment.force(), null);
        String receiving = amendment.force() == null ? null : Amendments.receivingReference(amendment.force(),
                amendment.proposedAt().atZone(zone).getYear(), 1 + random.nextInt(999_999));
        chunk.rows(Table.CRIME_REMOVAL).number(ids.next(Table.CRIME_REMOVAL)).number(crimeId)
                .text(ground.cancellationClass()).text(fill(ground.explanation(), slots))
                .text(fill(ground.additionalInformation(), slots)).text(fill(ground.evidence(), slots))
                .text(amendment.force()).text(receiving).nul().time(amendment.victimToldAt())
                .text(amendment.officer()).text("OFFICER").time(amendment.proposedAt()).text("APPROVED")
                .text(amendment.registrar()).text("CRIME_REGISTRAR").time(amendment.decidedAt())
                .text(Amendments.APPROVED).end();
    }
}
