package org.crimeledger.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.crimeledger.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bad input at scale for the data.police.uk importer: the first rows of real files (or of the fixtures when
 * {@code ../shared/data/real/police-uk} is absent), damaged by byte flips, truncation, a wrong encoding, swapped
 * columns, removed or duplicated columns and strange text, then imported. Nothing may escape as an exception; a
 * refused file loads nothing and says why, every finding names its file and, for a row, its line; a loaded file
 * holds exactly the rows it reports. {@code ./mvnw verify} imports 150 such files; {@code reliability/import-fuzz.sh}
 * imports 10,000 ({@code -Dcrimeledger.fuzz.files}).
 */
@DatabaseTest
class ImportFuzzTests {

    static final int FILES = Integer.getInteger("crimeledger.fuzz.files", 150);
    static final long SEED = Long.getLong("crimeledger.fuzz.seed", 20261127L);
    static final Path REAL = Path.of("../shared/data/real/police-uk");
    static final int ROWS_KEPT = 60;
    static final int FORGET_EVERY = 100;

    enum Kind { BYTE_FLIP, TRUNCATED, WRONG_ENCODING, SWAPPED_COLUMNS, MISSING_COLUMN, EXTRA_COLUMN, STRANGE_TEXT,
        SHUFFLED_HEADER, EMPTY, BINARY }

    @Autowired
    PoliceUkImport importer;

    @Autowired
    JdbcClient jdbc;

    /**
     * The damaged files' imports are removed afterwards: tests of the real files share this database and count
     * what is loaded (and a damaged copy with the same rows as a real file would make that file "same content").
     */
    @AfterEach
    void forgetFuzzImports() {
        forgetImportsOfTheFuzz();
    }

    /**
     * Every damaged file that loads becomes a partition of its kind's table. They are dropped every
     * {@link #FORGET_EVERY} files, not only at the end: with thousands attached, each import and each count by import
     * plans over all of them, so a 10,000-file run slowed file by file and never finished.
     */
    private void forgetImportsOfTheFuzz() {
        List<Long> ids = jdbc.sql("select id from police_uk_import where imported_by = 'fuzz'").query(Long.class).list();
        for (Long id : ids) {
            for (PoliceUkFileKind kind : PoliceUkFileKind.values()) {
                jdbc.sql("drop table if exists " + kind.table() + "_" + id).update();
            }
            jdbc.sql("delete from police_uk_import_finding where import_id = :id").param("id", id).update();
        }
        if (!ids.isEmpty()) {
            jdbc.sql("delete from police_uk_import where id in (:ids) and same_as is not null").param("ids", ids).update();
            jdbc.sql("delete from police_uk_import where id in (:ids)").param("ids", ids).update();
        }
    }

    @Test
    void damagedFilesAreRefusedOrLoadedWholeWithSpecificFindings() throws Exception {
        List<List<String>> sources = sources();
        Random random = new Random(SEED);
        Path work = Files.createTempDirectory("crimeledger-import-fuzz");
        Map<String, Map<String, Integer>> outcomes = new TreeMap<>();
        Map<String, String> bad = new LinkedHashMap<>();
        Map<String, Integer> findingsByKind = new TreeMap<>();
        Map<String, Integer> findingsBySort = new TreeMap<>();
        int badAnswers = 0;
        long started = System.nanoTime();
        try {
            for (int i = 0; i < FILES; i++) {
                if (i > 0 && i % FORGET_EVERY == 0) {
                    forgetImportsOfTheFuzz();
                }
                if (i > 0 && i % 1000 == 0) {
                    System.out.printf("Import fuzz: %,d files in %,d s, bad answers %d%n", i,
                            (System.nanoTime() - started) / 1_000_000_000L, badAnswers);
                }
                List<String> lines = sources.get(random.nextInt(sources.size()));
                Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
                byte[] bytes = damage(kind, lines, random);
                String name = lines.get(0).contains("Latitude") ? "street" : lines.get(0).contains("Outcome type")
                        ? "outcomes" : "stop-and-search";
                Path file = work.resolve(String.format("2019-01-fuzz%06d-%s.csv", i, name));
                Files.write(file, bytes);
                List<FileImport> results;
                try {
                    results = importer.importFiles(List.of(file), "fuzz", ImportProgress.NONE);
                } catch (RuntimeException escaped) {
                    badAnswers++;
                    bad.putIfAbsent(kind + " escaped", file + ": " + escaped);
                    continue;
                } finally {
                    Files.deleteIfExists(file);
                }
                for (FileImport result : results) {
                    outcomes.computeIfAbsent(kind.name(), k -> new TreeMap<>()).merge(result.status().name(), 1, Integer::sum);
                    findingsByKind.merge(kind.name(), result.findings().size(), Integer::sum);
                    result.findings().forEach(finding -> findingsBySort.merge(finding.severity() + " ["
                            + finding.column() + "] " + sort(finding.reason()), 1, Integer::sum));
                    String problem = problem(result, kind);
                    if (problem != null) {
                        badAnswers++;
                        bad.putIfAbsent(kind + " " + problem.replaceAll("[0-9]+", "#"), file + ": " + problem);
                    }
                }
            }
        } finally {
            Files.deleteIfExists(work);
        }
        System.out.println("\nImport fuzz: " + FILES + " files, seed " + SEED + ", from "
                + (Files.isDirectory(REAL) ? "real data.police.uk files" : "the fixtures") + ", "
                + (System.nanoTime() - started) / 1_000_000_000L + " s, bad answers " + badAnswers + " (" + bad.size()
                + " sorts)\n  outcomes by damage " + outcomes + "\n  findings by damage " + findingsByKind
                + "\n  findings by sort:\n" + findingsBySort.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(40)
                        .map(e -> String.format("  %,7d  %s", e.getValue(), e.getKey()))
                        .collect(java.util.stream.Collectors.joining("\n"))
                + "\n" + String.join("\n", bad.values()));
        assertThat(bad).isEmpty();
    }

    /**
     * The interchange examples ({@code docs/interchange.md}), one file of the folder damaged at a time, through the
     * extract validator: nothing escapes as an exception and every finding names its file, line and rule.
     */
    @Test
    void damagedInterchangeExtractsAreReportedNotThrown() throws Exception {
        Path valid = Path.of("application/src/test/resources/interchange/valid");
        List<Path> files;
        try (var list = Files.list(valid)) {
            files = list.filter(file -> file.toString().endsWith(".csv")).sorted().toList();
        }
        Random random = new Random(SEED);
        Map<String, String> bad = new LinkedHashMap<>();
        Map<String, Integer> findings = new TreeMap<>();
        var settings = new org.crimeledger.rules.RuleSettings(java.time.Instant.parse("2026-11-01T00:00:00Z"),
                org.crimeledger.rules.RuleSettings.ENGLAND_AND_WALES, java.time.Duration.ofDays(5), 5,
                java.time.Duration.ofHours(24));
        int extracts = Math.max(20, FILES / 3);
        for (int i = 0; i < extracts; i++) {
            Path folder = Files.createTempDirectory("crimeledger-interchange-fuzz");
            try {
                for (Path file : files) {
                    Files.copy(file, folder.resolve(file.getFileName()));
                }
                Path target = folder.resolve(files.get(random.nextInt(files.size())).getFileName());
                Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
                List<String> lines = Files.readAllLines(target);
                if (lines.size() > 2) {
                    Files.write(target, damage(kind, lines, random));
                }
                try {
                    new org.crimeledger.compliance.ExtractValidator(settings).validate(folder, finding -> {
                        findings.merge(kind.name(), 1, Integer::sum);
                        if (finding.file() == null || finding.message() == null || finding.message().isBlank()
                                || finding.code() == null) {
                            bad.putIfAbsent(kind + " finding", target.getFileName() + ": " + finding);
                        }
                    });
                } catch (RuntimeException escaped) {
                    bad.putIfAbsent(kind + " escaped", target.getFileName() + ": " + escaped);
                }
            } finally {
                try (var walk = Files.walk(folder)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
        System.out.println("\nInterchange fuzz: " + extracts + " damaged extracts, findings by damage " + findings
                + ", bad " + bad.size() + "\n" + String.join("\n", bad.values()));
        assertThat(bad).isEmpty();
    }

    /** A finding's reason with the values it quotes taken out, so findings of one sort count together. */
    static String sort(String reason) {
        String sort = reason.replaceAll("\"[^\"]*\"", "\"…\"").replaceAll("'[^']*'", "'…'").replaceAll("[0-9]+", "#");
        return sort.length() > 160 ? sort.substring(0, 160) + "…" : sort;
    }

    /** Damage to a real header, which a refusal should name rather than only quote the line. */
    static final java.util.Set<Kind> HEADER_DAMAGE = java.util.EnumSet.of(Kind.MISSING_COLUMN, Kind.EXTRA_COLUMN,
            Kind.SWAPPED_COLUMNS, Kind.SHUFFLED_HEADER, Kind.WRONG_ENCODING);

    private String problem(FileImport result, Kind kind) {
        for (ImportFinding finding : result.findings()) {
            if (HEADER_DAMAGE.contains(kind) && finding.reason().startsWith("line 1 is not a data.police.uk header")) {
                return "a damaged header refused without saying what is wrong with it";
            }
            if (finding.reason() == null || finding.reason().isBlank() || finding.file() == null) {
                return "a finding without a reason or a file: " + finding;
            }
            if (finding.reason().matches(".*(Exception|\\bat [a-z]+\\.|org\\.|java\\.).*")) {
                return "internals in a finding: " + finding.reason();
            }
        }
        if (result.status() == FileImport.Status.REJECTED) {
            if (result.findings().isEmpty()) {
                return "rejected without saying why";
            }
            if (result.importId() != null && rowsHeld(result.importId()) != 0) {
                return "rejected but rows were kept";
            }
        }
        if (result.status() == FileImport.Status.LOADED) {
            long held = rowsHeld(result.importId());
            if (held != result.rowsLoaded()) {
                return "loaded " + result.rowsLoaded() + " rows but holds " + held;
            }
            if (result.rowsRejected() > 0 && result.findings().stream().noneMatch(f -> f.line() != null)) {
                return "rows rejected without naming their lines";
            }
        }
        return null;
    }

    private long rowsHeld(long importId) {
        return jdbc.sql("""
                select (select count(*) from police_uk_street_crime where import_id = :id)
                     + (select count(*) from police_uk_outcome where import_id = :id)
                     + (select count(*) from police_uk_stop_and_search where import_id = :id)""")
                .param("id", importId).query(Long.class).single();
    }

    static byte[] damage(Kind kind, List<String> lines, Random random) {
        List<String> rows = new ArrayList<>(lines);
        switch (kind) {
            case BYTE_FLIP -> {
                byte[] bytes = String.join("\n", rows).getBytes(StandardCharsets.UTF_8);
                for (int flips = 1 + random.nextInt(8); flips > 0; flips--) {
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return bytes;
            }
            case TRUNCATED -> {
                byte[] bytes = String.join("\n", rows).getBytes(StandardCharsets.UTF_8);
                return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
            }
            case WRONG_ENCODING -> {
                rows.set(1 + random.nextInt(rows.size() - 1), rows.get(1).replace(",", ",Zoë Łódź 山田,"));
                return String.join("\n", rows).getBytes(random.nextBoolean() ? StandardCharsets.UTF_16
                        : StandardCharsets.ISO_8859_1);
            }
            case SWAPPED_COLUMNS -> {
                int a = random.nextInt(8);
                int b = random.nextInt(8);
                rows.replaceAll(row -> swap(row, a, b, random.nextInt(10) == 0));
            }
            case MISSING_COLUMN -> {
                int column = random.nextInt(8);
                rows.replaceAll(row -> remove(row, column));
            }
            case EXTRA_COLUMN -> rows.replaceAll(row -> row + ",extra");
            case STRANGE_TEXT -> {
                int row = 1 + random.nextInt(rows.size() - 1);
                String[] strange = {"\u0000", "\"unclosed", "=cmd|' /C calc'!A0", "<script>x</script>", "'; drop table x;--",
                        "\uFEFF", "x".repeat(100_000), "\r", "2019-13", "NaN", "-999999999999999999999"};
                rows.set(row, replaceField(rows.get(row), random.nextInt(8), strange[random.nextInt(strange.length)]));
            }
            case SHUFFLED_HEADER -> {
                List<String> header = new ArrayList<>(List.of(rows.get(0).split(",", -1)));
                java.util.Collections.shuffle(header, random);
                rows.set(0, String.join(",", header));
            }
            case EMPTY -> {
                return random.nextBoolean() ? new byte[0] : (rows.get(0) + "\n").getBytes(StandardCharsets.UTF_8);
            }
            case BINARY -> {
                byte[] bytes = new byte[1 + random.nextInt(4096)];
                random.nextBytes(bytes);
                if (random.nextBoolean()) {
                    bytes[0] = 0x1f;
                    bytes[1 % bytes.length] = (byte) 0x8b;
                }
                return bytes;
            }
        }
        return String.join("\n", rows).getBytes(StandardCharsets.UTF_8);
    }

    private static String swap(String row, int a, int b, boolean headerToo) {
        String[] fields = row.split(",", -1);
        if (a >= fields.length || b >= fields.length) {
            return row;
        }
        String kept = fields[a];
        fields[a] = fields[b];
        fields[b] = kept;
        return String.join(",", fields);
    }

    private static String remove(String row, int column) {
        List<String> fields = new ArrayList<>(List.of(row.split(",", -1)));
        if (column < fields.size()) {
            fields.remove(column);
        }
        return String.join(",", fields);
    }

    private static String replaceField(String row, int column, String value) {
        String[] fields = row.split(",", -1);
        if (column < fields.length) {
            fields[column] = value;
        }
        return String.join(",", fields);
    }

    /** The header and first rows of each real file (street, outcomes, stop and search), or of the fixtures. */
    private static List<List<String>> sources() throws IOException {
        List<Path> files = new ArrayList<>();
        Path root = Files.isDirectory(REAL) ? REAL : Path.of("application/src/test/resources/police-uk/good");
        if (!Files.isDirectory(REAL)) {
            System.out.println("../shared/data/real/police-uk is absent: fuzzing the fixture files instead");
        }
        try (var walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.csv(\\.gz)?$")).sorted()
                    .limit(400).forEach(files::add);
        }
        List<List<String>> sources = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = head(file);
            if (lines.size() > 2) {
                sources.add(lines);
            }
        }
        assertThat(sources).as("source files in " + root).isNotEmpty();
        return sources;
    }

    private static List<String> head(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) > 0 && out.size() < 64 * 1024) {
                out.write(buffer, 0, read);
            }
            List<String> lines = new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).split("\r?\n")));
            return lines.subList(0, Math.min(ROWS_KEPT, lines.size() - 1));
        }
    }
}
