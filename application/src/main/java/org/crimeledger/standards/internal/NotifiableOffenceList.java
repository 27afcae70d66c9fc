package org.crimeledger.standards.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.crimeledger.standards.FinancialYear;
import org.crimeledger.standards.ImportFinding;
import org.crimeledger.standards.MaximumSentence;
import org.crimeledger.standards.ModeOfTrial;

/**
 * A Home Office notifiable offence list saved as CSV, read and checked row by row against the layout in
 * docs/reference-data.md. Every problem becomes a finding naming its line and column; nothing here touches the
 * database.
 */
public final class NotifiableOffenceList {

    /** The documented layout, in order. */
    public static final List<String> COLUMNS = List.of("ho_code", "ho_class", "ho_class_label", "offence_group",
            "offence_subgroup", "offence", "act", "section", "mode", "max_sentence", "victim_or_state", "current",
            "year_added_amended_deleted", "commencement_date", "cessation_date", "comment");

    /** The list's "Class" column values (NOL26), matched without regard to case. */
    public static final List<String> LIST_CLASSES = List.of("Violence Against The Person", "Sexual Offences", "Robbery",
            "Burglary", "Vehicle offences", "Theft", "Arson and Criminal Damage", "Drug Offences", "Public Order Offences",
            "Possession of weapons", "Miscellaneous crimes against society", "NFIB Fraud");

    private static final Pattern HO_CODE = Pattern.compile("[0-9]{3}/[0-9]{2,3}");
    private static final Pattern CLASS_CODE = Pattern.compile("[0-9]{1,3}[A-Z]?(/[0-9]{1,2})?|NFIB[0-9]{1,2}[A-Z]?");

    /** One offence line as read. */
    public record Line(int line, String hoCode, String classCode, String classLabel, String listClass,
            String listSubClass, String offence, String act, String section, ModeOfTrial mode, String maxSentence,
            String victimOrState, boolean current, String changeNoted, LocalDate commencementDate,
            String commencementText, LocalDate cessationDate, String cessationText, String comment) {

        /** What identifies a line from one year's list to the next: code, class, offence, Act and section. */
        public String identity() {
            return String.join("|", hoCode, classCode == null ? "" : classCode, norm(offence), norm(act), norm(section));
        }

        public String label() {
            return hoCode + (classCode == null ? "" : " " + classCode);
        }

        private static String norm(String s) {
            return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }
    }

    /** A counting class as the list names it, from its current lines (the most frequent value where they differ). */
    public record ListClass(String code, String name, String listClass, String listSubClass, String victimOrState,
            int currentOffences, int firstLine, boolean markedAddedThisYear) {
    }

    private final List<ImportFinding> findings = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final Map<String, ListClass> classes = new LinkedHashMap<>();
    private LocalDate newestChange;
    private int newestChangeLine;

    public List<ImportFinding> findings() {
        return findings;
    }

    public List<Line> lines() {
        return lines;
    }

    public Map<String, ListClass> classes() {
        return classes;
    }

    public long currentOffenceCount() {
        return lines.stream().filter(Line::current).count();
    }

    /**
     * Reads and checks a list declared to be for {@code year}.
     *
     * @param fileName the file's name, which must not name another year
     * @param knownClasses every class code crimeledger knows (built-in table and earlier imports)
     */
    public static NotifiableOffenceList read(String text, String fileName, FinancialYear year, Set<String> knownClasses) {
        NotifiableOffenceList list = new NotifiableOffenceList();
        list.check(text, fileName, year, knownClasses);
        return list;
    }

    private void check(String text, String fileName, FinancialYear year, Set<String> knownClasses) {
        FinancialYear.inName(fileName).filter(named -> !named.equals(year)).ifPresent(named -> findings.add(
                ImportFinding.error(0, "file", fileName, "the file's name says " + named + " but it is being imported as "
                        + year + "; import it with --year " + named + " if it is that year's list")));
        CsvText.Parsed parsed = CsvText.parse(text);
        if (parsed.records().isEmpty()) {
            findings.add(ImportFinding.error(0, "file", null, "the file is empty"));
            return;
        }
        if (!header(parsed.records().get(0))) {
            return;
        }
        List<CsvText.CsvRecord> rows = parsed.records().subList(1, parsed.records().size());
        if (parsed.unterminatedQuoteLine() > 0) {
            findings.add(ImportFinding.error(parsed.unterminatedQuoteLine(), "file", null,
                    "a quoted field opened on this line is never closed: the file is truncated"));
        }
        if (rows.isEmpty()) {
            findings.add(ImportFinding.error(0, "file", null, "the file has a header but no offence lines"));
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            CsvText.CsvRecord row = rows.get(i);
            boolean last = i == rows.size() - 1;
            if (row.fields().size() != COLUMNS.size()) {
                findings.add(ImportFinding.error(row.line(), "file", null, "the line has " + row.fields().size()
                        + " columns where the layout has " + COLUMNS.size()
                        + (last && row.fields().size() < COLUMNS.size() ? ": the file is truncated" : "")));
                continue;
            }
            line(row, year, knownClasses, seen);
        }
        if (!parsed.endsWithLineBreak() && parsed.unterminatedQuoteLine() == 0) {
            findings.add(ImportFinding.warning(rows.get(rows.size() - 1).line(), "file", null,
                    "the file does not end with a line break; check that it was not cut off"));
        }
        wholeYear(year);
        collectClasses(year);
    }

    private boolean header(CsvText.CsvRecord header) {
        List<String> names = header.fields().stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        if (names.equals(COLUMNS)) {
            return true;
        }
        List<String> missing = COLUMNS.stream().filter(c -> !names.contains(c)).toList();
        List<String> unexpected = names.stream().filter(c -> !COLUMNS.contains(c)).toList();
        String detail = missing.isEmpty() && unexpected.isEmpty() ? "the columns are in a different order"
                : (missing.isEmpty() ? "" : "missing " + String.join(", ", missing))
                        + (!missing.isEmpty() && !unexpected.isEmpty() ? "; " : "")
                        + (unexpected.isEmpty() ? "" : "not in the layout: " + String.join(", ", unexpected));
        findings.add(ImportFinding.error(header.line(), "header", null, "the header does not match the documented layout ("
                + detail + "); expected: " + String.join(",", COLUMNS)));
        return false;
    }

    private void line(CsvText.CsvRecord row, FinancialYear year, Set<String> knownClasses, Map<String, Integer> seen) {
        int n = row.line();
        Function<String, String> get = column -> row.fields().get(COLUMNS.indexOf(column)).strip();
        int errorsBefore = errorCount();

        String hoCode = get.apply("ho_code");
        if (!HO_CODE.matcher(hoCode).matches()) {
            findings.add(ImportFinding.error(n, "ho_code", hoCode, "not a Home Office code; expected three digits, '/', "
                    + "two or three digits, such as 008/67"));
        }
        String current = get.apply("current").toUpperCase(Locale.ROOT);
        if (!current.equals("Y") && !current.equals("N")) {
            findings.add(ImportFinding.error(n, "current", current, "must be Y or N"));
        }
        String classCode = get.apply("ho_class").replace(" ", "").toUpperCase(Locale.ROOT);
        String listClass = get.apply("offence_group");
        String changeNoted = get.apply("year_added_amended_deleted");
        Optional<LocalDate> change = changeNoted.isEmpty() ? Optional.empty() : ListDates.changeDate(changeNoted);
        if (!changeNoted.isEmpty() && change.isEmpty()) {
            findings.add(ImportFinding.error(n, "year_added_amended_deleted", changeNoted,
                    "not a date, month or year (for example Apr-26, 01-Apr-26 or 2015)"));
        }
        change.ifPresent(date -> {
            if (date.isAfter(year.lastDay())) {
                findings.add(ImportFinding.error(n, "year_added_amended_deleted", changeNoted, "a change dated after "
                        + year + " ends (" + year.lastDay() + "): this is a later year's list"));
            }
            if (newestChange == null || date.isAfter(newestChange)) {
                newestChange = date;
                newestChangeLine = n;
            }
        });
        if (classCode.isEmpty()) {
            if (current.equals("Y")) {
                findings.add(ImportFinding.warning(n, "ho_class", "", "no counting class (the list files this line under "
                        + "various sub classes); it is loaded without a class"));
            }
            classCode = null;
        } else if (!CLASS_CODE.matcher(classCode).matches()) {
            findings.add(ImportFinding.error(n, "ho_class", classCode, "not a counting class code (such as 8U, 4/1 or NFIB90)"));
        } else if (!knownClasses.contains(classCode) && !addedIn(change, year)) {
            findings.add(ImportFinding.error(n, "ho_class", classCode, "unknown class: it is in no earlier list and the "
                    + "line does not mark it as added for " + year + " in year_added_amended_deleted"));
        }
        if (LIST_CLASSES.stream().noneMatch(known -> known.equalsIgnoreCase(listClass))) {
            findings.add(ImportFinding.error(n, "offence_group", listClass, "not one of the list's classes: "
                    + String.join("; ", LIST_CLASSES)));
        }
        String offence = get.apply("offence");
        if (offence.isEmpty()) {
            findings.add(ImportFinding.error(n, "offence", "", "the offence is blank"));
        }
        String modeMark = get.apply("mode").toUpperCase(Locale.ROOT);
        Optional<ModeOfTrial> mode = ModeOfTrial.fromListMark(modeMark);
        if (mode.isEmpty()) {
            findings.add(ImportFinding.error(n, "mode", get.apply("mode"), "not a mode of trial; use I (indictable only), "
                    + "E (either way) or S (summary)"));
        }
        String maxSentence = get.apply("max_sentence");
        Optional<MaximumSentence> sentence = MaximumSentence.parse(maxSentence);
        if (sentence.isEmpty()) {
            findings.add(ImportFinding.error(n, "max_sentence", maxSentence, "not a maximum sentence; use years (14), "
                    + "months (6m), weeks (51 weeks), Life, fine or ?"));
        } else if (!sentence.get().known() && current.equals("Y")) {
            findings.add(ImportFinding.warning(n, "max_sentence", maxSentence, "no maximum sentence published"));
        }
        String victimOrState = get.apply("victim_or_state").toUpperCase(Locale.ROOT);
        if (!Set.of("V", "S", "S/V").contains(victimOrState)) {
            findings.add(ImportFinding.error(n, "victim_or_state", victimOrState, "must be V, S or S/V"));
        }
        String commencementText = get.apply("commencement_date");
        LocalDate commencement = date(n, "commencement_date", commencementText);
        if (commencement != null && commencement.isAfter(year.lastDay())) {
            findings.add(ImportFinding.warning(n, "commencement_date", commencementText,
                    "commences after " + year + " ends; the line is loaded as listed"));
        }
        String cessationText = get.apply("cessation_date");
        LocalDate cessation = date(n, "cessation_date", cessationText);

        if (errorCount() > errorsBefore) {
            return;
        }
        Line line = new Line(n, hoCode, classCode, get.apply("ho_class_label"), canonicalListClass(listClass),
                get.apply("offence_subgroup"), offence, get.apply("act"), get.apply("section"), mode.orElseThrow(),
                maxSentence, victimOrState, current.equals("Y"), changeNoted, commencement, commencementText, cessation,
                cessationText, get.apply("comment"));
        Integer earlier = seen.putIfAbsent(line.identity(), n);
        if (earlier != null) {
            findings.add(ImportFinding.error(n, "ho_code", hoCode, "duplicate: line " + earlier + " has the same code, "
                    + "class, offence, Act and section"));
            return;
        }
        lines.add(line);
    }

    private LocalDate date(int n, String column, String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.equalsIgnoreCase("TBC")) {
            findings.add(ImportFinding.warning(n, column, text, "date to be confirmed; loaded without a date"));
            return null;
        }
        Optional<ListDates.Read> read = ListDates.date(text);
        if (read.isEmpty()) {
            Optional<LocalDate> month = ListDates.changeDate(text);
            if (month.isPresent()) {
                findings.add(ImportFinding.warning(n, column, text, "only a month or year is given; read as " + month.get()));
                return month.get();
            }
            findings.add(ImportFinding.error(n, column, text, "malformed date; write it as 01-Apr-26, 1 April 2026, "
                    + "01/04/2026 or 2026-04-01"));
            return null;
        }
        if (read.get().doubt() != null) {
            findings.add(ImportFinding.warning(n, column, text, "read as " + read.get().date() + " (" + read.get().doubt() + ")"));
        }
        return read.get().date();
    }

    private static boolean addedIn(Optional<LocalDate> change, FinancialYear year) {
        return change.map(date -> !date.isBefore(LocalDate.of(year.startYear(), 1, 1)) && !date.isAfter(year.lastDay()))
                .orElse(false);
    }

    private void wholeYear(FinancialYear year) {
        LocalDate earliestExpected = LocalDate.of(year.startYear(), 1, 1);
        if (newestChange != null && newestChange.isBefore(earliestExpected)) {
            findings.add(ImportFinding.error(newestChangeLine, "year_added_amended_deleted", newestChange.toString(),
                    "the newest change in the file is dated " + newestChange + ", but a " + year + " list records the "
                    + "changes made for April " + year.startYear() + ": this is an earlier year's list"));
        }
        if (newestChange == null && !lines.isEmpty()) {
            findings.add(ImportFinding.error(0, "year_added_amended_deleted", null,
                    "no line records when it was added, amended or deleted, so the list's year cannot be checked"));
        }
    }

    private void collectClasses(FinancialYear year) {
        Map<String, List<Line>> byClass = lines.stream().filter(l -> l.current() && l.classCode() != null)
                .collect(Collectors.groupingBy(Line::classCode, LinkedHashMap::new, Collectors.toList()));
        byClass.forEach((code, classLines) -> classes.put(code, new ListClass(code,
                mostFrequent(classLines, Line::classLabel), mostFrequent(classLines, Line::listClass),
                emptyToNull(mostFrequent(classLines, Line::listSubClass)), mostFrequent(classLines, Line::victimOrState),
                classLines.size(), classLines.get(0).line(), classLines.stream().anyMatch(l -> addedIn(
                        l.changeNoted().isEmpty() ? Optional.empty() : ListDates.changeDate(l.changeNoted()), year)))));
    }

    private static String mostFrequent(Collection<Line> lines, Function<Line, String> value) {
        Map<String, Long> counts = lines.stream().collect(Collectors.groupingBy(value, LinkedHashMap::new,
                Collectors.counting()));
        return counts.entrySet().stream().max(Comparator.comparingLong(Map.Entry::getValue)).orElseThrow().getKey();
    }

    private static String canonicalListClass(String listClass) {
        return LIST_CLASSES.stream().filter(known -> known.equalsIgnoreCase(listClass)).findFirst().orElse(listClass);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private int errorCount() {
        return (int) findings.stream().filter(ImportFinding::isError).count();
    }
}
