package org.crimeledger.standards;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.crimeledger.ledger.Ledger;
import org.crimeledger.ledger.LedgerAppend;
import org.crimeledger.standards.internal.ListDifferences;
import org.crimeledger.standards.internal.ListDifferences.Previous;
import org.crimeledger.standards.internal.NewClassFacts;
import org.crimeledger.standards.internal.NotifiableOffenceList;
import org.crimeledger.standards.internal.NotifiableOffenceList.Line;
import org.crimeledger.standards.internal.NotifiableOffenceList.ListClass;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the Home Office notifiable offence list of a financial year (saved as CSV in the layout of
 * docs/reference-data.md): {@link #preview} checks every line and lists the differences against the list in force
 * before the year starts, changing nothing; {@link #apply} does the same and, when there is no error, stores the
 * list as a new version in one transaction.
 */
@Service
public class ReferenceImport {

    /** A year's list never deletes this share of the classes in force; a file that would is taken as cut off. */
    static final double MOST_CLASSES_DELETED = 0.05;
    /** Nor this share of the current offence lines of the previous imported list. */
    static final double MOST_LINES_DELETED = 0.10;
    /** Lists are applied from the command line by whoever administers the service. */
    static final String ADMINISTRATOR = "ADMIN";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final ReferenceData referenceData;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Ledger ledger;

    ReferenceImport(JdbcClient jdbc, JdbcTemplate jdbcTemplate, ReferenceData referenceData,
            PlatformTransactionManager transactionManager, Clock clock, Ledger ledger) {
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.referenceData = referenceData;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Checks the list and shows what applying it would change; writes nothing. */
    public ImportPreview preview(String text, String fileName, FinancialYear year) {
        return analyse(text, fileName, year).preview();
    }

    /**
     * Checks the list again inside one transaction and, if it has no error, applies it as a new version.
     * Returns the preview it applied; when the preview has errors nothing was written.
     */
    public Applied apply(String text, String fileName, FinancialYear year, String appliedBy) {
        return transactions.execute(status -> {
            jdbc.sql("select id from reference_version where financial_year is null for update").query(Integer.class).list();
            Analysis analysis = analyse(text, fileName, year);
            ImportPreview preview = analysis.preview();
            if (!preview.applicable()) {
                return new Applied(preview, OptionalInt.empty());
            }
            return new Applied(preview, OptionalInt.of(write(analysis, appliedBy)));
        });
    }

    /** The outcome of {@link #apply}: the version's id when it was applied. */
    public record Applied(ImportPreview preview, OptionalInt versionId) {
    }

    private record Analysis(ImportPreview preview, NotifiableOffenceList list) {
    }

    private Analysis analyse(String text, String fileName, FinancialYear year) {
        Set<String> known = new HashSet<>(jdbc.sql("select code from offence_classification").query(String.class).list());
        NotifiableOffenceList list = NotifiableOffenceList.read(text, fileName, year, known);
        Previous previous = previous(year);
        List<ImportFinding> findings = new ArrayList<>(list.findings());
        List<ReferenceChange> changes = List.of();
        if (findings.stream().noneMatch(ImportFinding::isError)) {
            changes = ListDifferences.between(previous, list);
            long classesDeleted = changes.stream().filter(c -> c.subject().equals("class") && c.change().equals("deleted")).count();
            if (classesDeleted > Math.max(3, previous.classes().size() * MOST_CLASSES_DELETED)) {
                findings.add(ImportFinding.error(0, "file", null, "the list would delete " + classesDeleted + " of the "
                        + previous.classes().size() + " classes in force (" + previous.description() + "); a year's list "
                        + "never deletes so many, so the file is probably truncated"));
            }
            long previousCurrent = previous.lines().stream().filter(Line::current).count();
            long linesDeleted = changes.stream().filter(c -> c.subject().equals("offence") && c.change().equals("deleted")).count();
            if (previousCurrent > 0 && linesDeleted > previousCurrent * MOST_LINES_DELETED) {
                findings.add(ImportFinding.error(0, "file", null, "the list would delete " + linesDeleted + " of the "
                        + previousCurrent + " current offence lines of " + previous.description()
                        + "; the file is probably truncated"));
            }
        }
        ImportPreview preview = new ImportPreview(year, fileName, sha256(text), List.copyOf(findings), list.lines().size(),
                list.classes().size(), (int) list.currentOffenceCount(), previous.description(), changes);
        return new Analysis(preview, list);
    }

    private Previous previous(FinancialYear year) {
        LocalDate start = year.firstDay();
        OptionalInt version = referenceData.importedVersionInForce(start);
        if (version.isEmpty()) {
            Map<String, ListClass> classes = new LinkedHashMap<>();
            referenceData.offenceClassificationsInForce(start).forEach(c -> classes.put(c.code(),
                    new ListClass(c.code(), c.name(), null, null, null, 0, 0, false)));
            return new Previous("the built-in table in force on " + start, classes, false, List.of());
        }
        int id = version.getAsInt();
        String label = jdbc.sql("select financial_year from reference_version where id = :id").param("id", id)
                .query(String.class).single();
        Map<String, ListClass> classes = new LinkedHashMap<>();
        jdbc.sql("select * from reference_class where version_id = :id order by code").param("id", id)
                .query((rs, n) -> new ListClass(rs.getString("code"), rs.getString("name"), rs.getString("list_class"),
                        rs.getString("list_sub_class"), rs.getString("victim_or_state"), rs.getInt("current_offences"), 0, false))
                .list().forEach(c -> classes.put(c.code(), c));
        List<Line> lines = jdbc.sql("select * from reference_offence where version_id = :id order by line")
                .param("id", id).query(ReferenceImport::line).list();
        return new Previous("version " + id + " (" + label + " list)", classes, true, lines);
    }

    private int write(Analysis analysis, String appliedBy) {
        ImportPreview preview = analysis.preview();
        NotifiableOffenceList list = analysis.list();
        int version = jdbc.sql("""
                insert into reference_version (financial_year, in_force_from, source, source_sha256, applied_at, applied_by,
                    class_count, current_offence_count, summary)
                values (:year, :from, :source, :sha, :at, :by, :classes, :offences, :summary) returning id""")
                .param("year", preview.year().toString()).param("from", preview.year().firstDay())
                .param("source", preview.source()).param("sha", preview.sha256())
                .param("at", java.sql.Timestamp.from(clock.instant())).param("by", appliedBy)
                .param("classes", preview.classCount()).param("offences", preview.currentOffenceCount())
                .param("summary", preview.changeSummary()).query(Integer.class).single();
        Set<String> catalogue = new HashSet<>(jdbc.sql("select code from offence_classification").query(String.class).list());
        for (ListClass c : list.classes().values()) {
            if (!catalogue.contains(c.code())) {
                NewClassFacts.insert(jdbc, c, version, preview.source(), preview.year().firstDay());
            }
        }
        jdbcTemplate.batchUpdate("insert into reference_class (version_id, code, name, list_class, list_sub_class,"
                        + " victim_or_state, current_offences) values (?, ?, ?, ?, ?, ?, ?)",
                list.classes().values().stream().map(c -> new Object[] {version, c.code(), c.name(), c.listClass(),
                        c.listSubClass(), c.victimOrState(), c.currentOffences()}).toList());
        jdbcTemplate.batchUpdate("insert into reference_offence (version_id, line, ho_code, class_code, offence, act,"
                        + " section, mode_of_trial, max_sentence, victim_or_state, current, change_noted, commencement_date,"
                        + " commencement_text, cessation_date, cessation_text, comment)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                list.lines().stream().map(l -> new Object[] {version, l.line(), l.hoCode(),
                        l.classCode(),
                        l.offence(), l.act(), l.section(), l.mode().listMark(), l.maxSentence(), l.victimOrState(),
                        l.current(), l.changeNoted(), l.commencementDate(), l.commencementText(), l.cessationDate(),
                        l.cessationText(), l.comment()}).toList());
        List<ReferenceChange> changes = preview.changes();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            ReferenceChange c = changes.get(i);
            rows.add(new Object[] {version, i + 1, c.subject(), c.change(), c.code(), c.description()});
        }
        jdbcTemplate.batchUpdate("insert into reference_change (version_id, ordinal, subject, change, code, description)"
                + " values (?, ?, ?, ?, ?, ?)", rows);
        ledger.append(new LedgerAppend(appliedBy, ADMINISTRATOR, "ReferenceVersionApplied", "reference_version",
                Integer.toString(version), "Imported " + preview.source() + " for " + preview.year() + "; "
                        + preview.changeSummary(), null, ledger.snapshot("reference_version", version).orElseThrow()));
        return version;
    }

    private static Line line(ResultSet rs, int n) throws SQLException {
        return new Line(rs.getInt("line"), rs.getString("ho_code"), rs.getString("class_code"), null, null, null,
                rs.getString("offence"), rs.getString("act"), rs.getString("section"),
                ModeOfTrial.fromListMark(rs.getString("mode_of_trial")).orElseThrow(), rs.getString("max_sentence"),
                rs.getString("victim_or_state"), rs.getBoolean("current"), rs.getString("change_noted"),
                rs.getObject("commencement_date", LocalDate.class), rs.getString("commencement_text"),
                rs.getObject("cessation_date", LocalDate.class), rs.getString("cessation_text"), rs.getString("comment"));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
