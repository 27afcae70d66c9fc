package org.crimeledger.ledger;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The canonical encoding of an entry and its SHA-256. Each field is written as its length in UTF-8 bytes,
 * a colon and the bytes, and a missing value as a lone {@code -}; so no two different entries share an
 * encoding however their text is chosen (moving characters from one field to the next, or writing an
 * empty reason for a missing one, changes the hash). The version tag lets a future encoding be told apart.
 */
final class EntryHash {

    /** The {@code previousHash} of the first entry, and the head of an empty ledger. */
    static final String GENESIS = "0".repeat(64);

    static final String VERSION = "crimeledger-ledger-entry-v1";

    /** UTC to the microsecond, always six fraction digits: the precision PostgreSQL keeps in a timestamptz. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private EntryHash() {
    }

    /** The hash of everything in the entry except its own {@code hash}. */
    static String of(LedgerEntry entry) {
        return HexFormat.of().formatHex(sha256().digest(encode(entry)));
    }

    static byte[] encode(LedgerEntry entry) {
        var out = new ByteArrayOutputStream(512);
        field(out, VERSION);
        field(out, Long.toString(entry.sequence()));
        field(out, entry.recordedAt() == null ? null : TIME.format(entry.recordedAt()));
        field(out, entry.actor());
        field(out, entry.role());
        field(out, entry.action());
        field(out, entry.recordType());
        field(out, entry.recordId());
        field(out, entry.reason());
        field(out, entry.before());
        field(out, entry.after());
        field(out, entry.previousHash());
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.write('-');
            return;
        }
        byte[] bytes = value.getBytes(UTF_8);
        out.writeBytes((bytes.length + ":").getBytes(US_ASCII));
        out.writeBytes(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
