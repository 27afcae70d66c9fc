package org.crimeledger.exchange.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

/**
 * One file opened for reading: gzip recognised by its magic bytes (not its name), decoded as UTF-8 with bytes that
 * are not UTF-8 turned into U+FFFD, which the row checks then reject naming the line and column, with the bytes read counted for progress
 * and the decompressed content hashed, so a gzipped copy of a plain file is known to hold the same rows.
 */
public final class FileSource implements AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final CountingStream counted;
    private final MessageDigest contentDigest = sha256();
    private final Reader reader;

    public FileSource(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        counted = new CountingStream(raw);
        InputStream content = gzipped(counted) ? new GZIPInputStream(counted, BUFFER) : counted;
        reader = new BufferedReader(new InputStreamReader(new DigestInputStream(content, contentDigest),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)), BUFFER);
    }

    private static boolean gzipped(InputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b;
    }

    public Reader reader() {
        return reader;
    }

    /** Bytes of the file as stored (compressed, for gzip) read so far. */
    public long bytesRead() {
        return counted.count;
    }

    /** SHA-256 of the decompressed bytes read so far: of the whole content once the reader is exhausted. */
    public String contentSha256() {
        return HexFormat.of().formatHex(contentDigest.digest());
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** SHA-256 of the file's bytes as stored. */
    public static String fileSha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static final class CountingStream extends FilterInputStream {

        private long count;
        private long marked;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }

        @Override
        public synchronized void mark(int readlimit) {
            super.mark(readlimit);
            marked = count;
        }

        @Override
        public synchronized void reset() throws IOException {
            super.reset();
            count = marked;
        }
    }
}
