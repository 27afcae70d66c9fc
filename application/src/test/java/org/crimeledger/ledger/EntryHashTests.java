package org.crimeledger.ledger;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

class EntryHashTests {

    private static final LedgerEntry ENTRY = new LedgerEntry(1, Instant.parse("2026-11-27T14:03:22.123456Z"),
            "officer", "OFFICER", "CrimeRecorded", "crime", "42", null, null, "{\"id\": 42}", EntryHash.GENESIS, null);

    @Test
    void eachFieldIsItsUtf8LengthAColonAndItsTextAndAMissingFieldIsADash() {
        assertThat(new String(EntryHash.encode(ENTRY), UTF_8)).isEqualTo("27:crimeledger-ledger-entry-v1" + "1:1"
                + "27:2026-11-27T14:03:22.123456Z" + "7:officer" + "7:OFFICER" + "13:CrimeRecorded" + "5:crime" + "2:42"
                + "-" + "-" + "10:{\"id\": 42}" + "64:" + "0".repeat(64));
    }

    @Test
    void aKnownEntryKeepsItsHashSoExistingLedgersStayVerifiable() {
        // Computed outside Java: printf '%s' "<the encoding above>" | sha256sum
        assertThat(EntryHash.of(ENTRY)).isEqualTo("5c2c5afaf28ee9f33c5077184d7fd87f22aba7e6af867adaf425290e671254fe");
    }

    @Test
    void lengthsCountBytesNotCharacters() {
        assertThat(new String(EntryHash.encode(with(e -> entry(e, "Zoë", e.role(), e.reason()))), UTF_8))
                .contains("4:Zoë7:OFFICER");
    }

    @Test
    void timeIsUtcToTheMicrosecondWithAlwaysSixDigits() {
        LedgerEntry onTheHour = new LedgerEntry(1, Instant.parse("2026-03-29T01:00:00Z"), "a", "b", "c", "d", "e",
                null, null, null, EntryHash.GENESIS, null);
        assertThat(new String(EntryHash.encode(onTheHour), UTF_8)).contains("27:2026-03-29T01:00:00.000000Z");
    }

    @Test
    void movingTextFromOneFieldToTheNextChangesTheHash() {
        LedgerEntry ab = with(e -> entry(e, "ab", "c", null));
        LedgerEntry a = with(e -> entry(e, "a", "bc", null));
        assertThat(EntryHash.of(ab)).isNotEqualTo(EntryHash.of(a));
    }

    @Test
    void anEmptyReasonIsNotAMissingOne() {
        assertThat(EntryHash.of(with(e -> entry(e, e.actor(), e.role(), ""))))
                .isNotEqualTo(EntryHash.of(with(e -> entry(e, e.actor(), e.role(), null))));
    }

    @Test
    void everyFieldButTheHashItselfIsCovered() {
        List<LedgerEntry> variants = List.of(
                new LedgerEntry(2, ENTRY.recordedAt(), "officer", "OFFICER", "CrimeRecorded", "crime", "42", null, null,
                        ENTRY.after(), ENTRY.previousHash(), null),
                with(e -> new LedgerEntry(1, e.recordedAt().plusNanos(1_000), e.actor(), e.role(), e.action(),
                        e.recordType(), e.recordId(), null, null, e.after(), e.previousHash(), null)),
                with(e -> entry(e, "registrar", e.role(), null)),
                with(e -> entry(e, e.actor(), "CRIME_REGISTRAR", null)),
                with(e -> entry(e, e.actor(), e.role(), "Victim asked")),
                new LedgerEntry(1, ENTRY.recordedAt(), "officer", "OFFICER", "CrimeCancelled", "crime", "42", null, null,
                        ENTRY.after(), ENTRY.previousHash(), null),
                new LedgerEntry(1, ENTRY.recordedAt(), "officer", "OFFICER", "CrimeRecorded", "incident", "42", null,
                        null, ENTRY.after(), ENTRY.previousHash(), null),
                new LedgerEntry(1, ENTRY.recordedAt(), "officer", "OFFICER", "CrimeRecorded", "crime", "43", null, null,
                        ENTRY.after(), ENTRY.previousHash(), null),
                new LedgerEntry(1, ENTRY.recordedAt(), "officer", "OFFICER", "CrimeRecorded", "crime", "42", null,
                        "{\"id\": 42}", ENTRY.after(), ENTRY.previousHash(), null),
                new LedgerEntry(1, ENTRY.recordedAt(), "officer", "OFFICER", "CrimeRecorded", "crime", "42", null, null,
                        "{\"id\": 43}", ENTRY.previousHash(), null),
                new LedgerEntry(1, ENTRY.recordedAt(), "officer", "OFFICER", "CrimeRecorded", "crime", "42", null, null,
                        ENTRY.after(), "1".repeat(64), null));
        assertThat(variants).extracting(EntryHash::of).doesNotContain(EntryHash.of(ENTRY)).doesNotHaveDuplicates();
        assertThat(EntryHash.of(with(e -> new LedgerEntry(e.sequence(), e.recordedAt(), e.actor(), e.role(), e.action(),
                e.recordType(), e.recordId(), e.reason(), e.before(), e.after(), e.previousHash(), "anything"))))
                .isEqualTo(EntryHash.of(ENTRY));
    }

    private static LedgerEntry with(UnaryOperator<LedgerEntry> change) {
        return change.apply(ENTRY);
    }

    private static LedgerEntry entry(LedgerEntry e, String actor, String role, String reason) {
        return new LedgerEntry(e.sequence(), e.recordedAt(), actor, role, e.action(), e.recordType(), e.recordId(),
                reason, e.before(), e.after(), e.previousHash(), null);
    }
}
