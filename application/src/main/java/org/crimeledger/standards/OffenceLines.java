package org.crimeledger.standards;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Mode of trial and maximum sentence by date, for the rules that need them: out-of-court disposals are not
 * available for offences triable on indictment only, and the principal crime rule prefers the longer maximum.
 * Every answer is the one in force on the given date (the crime's report date): the imported list covering it,
 * or, before any list was imported, the built-in table's class-level NOL26 facts (it has no offence lines).
 */
@Service
public class OffenceLines {

    private final JdbcClient jdbc;
    private final ReferenceData referenceData;

    OffenceLines(JdbcClient jdbc, ReferenceData referenceData) {
        this.jdbc = jdbc;
        this.referenceData = referenceData;
    }

    /** The lines with this Home Office code (for example {@code 008/67}) in the list in force on the date. */
    public List<OffenceLine> withHomeOfficeCode(String hoCode, LocalDate date) {
        OptionalInt version = referenceData.importedVersionInForce(date);
        if (version.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(LINES + " where o.version_id = :version and o.ho_code = :code order by o.line")
                .param("version", version.getAsInt()).param("code", hoCode).query(OffenceLines::line).list();
    }

    /** The current lines of a counting class in the list in force on the date; empty before any list is imported. */
    public List<OffenceLine> currentLinesOfClass(String classCode, LocalDate date) {
        OptionalInt version = referenceData.importedVersionInForce(date);
        if (version.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(LINES + " where o.version_id = :version and o.class_code = :code and o.current order by o.line")
                .param("version", version.getAsInt()).param("code", classCode).query(OffenceLines::line).list();
    }

    /**
     * A class's modes of trial and longest maximum sentence on the date: from its current lines in the imported list
     * in force, else from the built-in table. Empty for a class not known at all.
     */
    public Optional<TrialFacts> trialFacts(String classCode, LocalDate date) {
        List<OffenceLine> lines = currentLinesOfClass(classCode, date);
        if (!lines.isEmpty()) {
            Set<ModeOfTrial> modes = EnumSet.noneOf(ModeOfTrial.class);
            lines.forEach(line -> modes.add(line.modeOfTrial()));
            MaximumSentence longest = lines.stream().map(OffenceLine::maximumSentence)
                    .max(MaximumSentence::compareTo).orElseThrow();
            return Optional.of(new TrialFacts(classCode, Set.copyOf(modes), longest));
        }
        return jdbc.sql("select max_sentence, modes_of_trial from offence_classification where code = :code"
                        + " and max_sentence is not null")
                .param("code", classCode)
                .query((rs, n) -> {
                    Set<ModeOfTrial> modes = EnumSet.noneOf(ModeOfTrial.class);
                    for (char mark : rs.getString("modes_of_trial").toCharArray()) {
                        ModeOfTrial.fromListMark(String.valueOf(mark)).ifPresent(modes::add);
                    }
                    return new TrialFacts(classCode, Set.copyOf(modes), MaximumSentence.parse(rs.getString("max_sentence"))
                            .orElseThrow(() -> new IllegalStateException("Unreadable built-in sentence for " + classCode)));
                }).optional();
    }

    /** The principal crime look-up table (CRR26 p.14) in the order printed. */
    public List<PrincipalCrimeRow> principalCrimeTable() {
        return jdbc.sql("""
                select table_order, offence, class_codes, ho_codes, max_sentence, victim_or_state
                from principal_crime_lookup where version_id = (select min(version_id) from principal_crime_lookup)
                order by table_order""")
                .query((rs, n) -> new PrincipalCrimeRow(rs.getInt("table_order"), rs.getString("offence"),
                        rs.getString("class_codes"), rs.getString("ho_codes"),
                        MaximumSentence.parse(rs.getString("max_sentence")).orElseThrow(),
                        rs.getString("victim_or_state")))
                .list();
    }

    private static final String LINES = """
            select v.financial_year, o.ho_code, o.class_code, o.offence, o.act, o.section, o.mode_of_trial,
                   o.max_sentence, o.victim_or_state, o.current, o.commencement_date, o.cessation_date
            from reference_offence o join reference_version v on v.id = o.version_id""";

    private static OffenceLine line(ResultSet rs, int row) throws SQLException {
        String published = rs.getString("max_sentence");
        return new OffenceLine(rs.getString("financial_year"), rs.getString("ho_code"), rs.getString("class_code"),
                rs.getString("offence"), rs.getString("act"), rs.getString("section"),
                ModeOfTrial.fromListMark(rs.getString("mode_of_trial")).orElseThrow(),
                MaximumSentence.parse(published).orElseGet(() -> new MaximumSentence(published, null, false)),
                rs.getString("victim_or_state"), rs.getBoolean("current"),
                rs.getObject("commencement_date", LocalDate.class), rs.getObject("cessation_date", LocalDate.class));
    }
}
