package org.crimeledger.standards.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.crimeledger.standards.FinancialYear;
import org.crimeledger.standards.ImportFinding;
import org.crimeledger.standards.ModeOfTrial;
import org.junit.jupiter.api.Test;

/** Reading a notifiable offence list: every bad row is named by line and column, and bad files are refused whole. */
class NotifiableOffenceListTests {

    static final Path OFFICIAL = Path.of("../shared/data/reference/ho_notifiable_offences_2026_27.csv");
    static final FinancialYear Y2026 = new FinancialYear(2026);
    static final String HEADER = String.join(",", NotifiableOffenceList.COLUMNS) + "\n";
    static final Set<String> KNOWN = Set.of("8U", "8N", "8L", "28I", "105A");

    /**
     * The counts were established outside this code, with:
     * <pre>
     * python3 -c "import csv; r=list(csv.DictReader(open('ho_notifiable_offences_2026_27.csv')));
     *   c=[x for x in r if x['current']=='Y']; print(len(r), len(c), len({x['ho_class'] for x in c if x['ho_class']}))"
     * </pre>
     * which prints {@code 1698 1630 141}: 1,698 lines, 1,630 current, in 141 classes (two current NFIB lines have no
     * class). {@code awk -F, 'NR>1' | wc -l} agrees on 1,698 data lines (no field holds a line break).
     */
    @Test
    void theOfficial2026ListReadsWithoutErrorsInto141ClassesAnd1630CurrentLines() throws IOException {
        assumeTrue(Files.isRegularFile(OFFICIAL), "skipped: " + OFFICIAL.toAbsolutePath()
                + " is absent (the shared reference data sits beside the repository only on development machines)");
        String text = Files.readString(OFFICIAL, StandardCharsets.UTF_8);
        NotifiableOffenceList list = NotifiableOffenceList.read(text, OFFICIAL.getFileName().toString(), Y2026,
                Set.of(classesOfTheBuiltInTable()));

        assertThat(list.findings()).filteredOn(ImportFinding::isError).isEmpty();
        assertThat(list.lines()).hasSize(1698);
        assertThat(list.currentOffenceCount()).isEqualTo(1630);
        assertThat(list.classes()).hasSize(141);
        var coercive = list.lines().stream().filter(l -> l.hoCode().equals("008/67")).findFirst().orElseThrow();
        assertThat(coercive.classCode()).isEqualTo("8U");
        assertThat(coercive.mode()).isEqualTo(ModeOfTrial.EITHER_WAY);
        assertThat(coercive.maxSentence()).isEqualTo("5");
        // As published, the list has "TBC" and "28/02/22?" among its dates: warnings, not errors.
        assertThat(list.findings()).anySatisfy(f -> assertThat(f.message()).contains("to be confirmed"));
    }

    @Test
    void eachBadValueIsAFindingNamingItsLineAndColumn() {
        String text = HEADER
                + "008/67,8U,Controlling,Violence Against The Person,Stalking and Harassment,Coercive control,Serious Crime Act 2015,Sec 76,X,5,V,Y,Apr-26,,,\n"
                + "008/01,8Z,Invented,Violence Against The Person,,Something,Some Act,,E,5,V,Y,,,,\n"
                + "105/01,105A,Assault,Violence Against The Person,,Common assault,Criminal Justice Act 1988,Sec 39,S,6m,V,Y,,,,\n"
                + "105/01,105A,Assault,Violence Against The Person,,Common assault,Criminal Justice Act 1988,Sec 39,S,6m,V,Y,,,,\n"
                + "008/30,8L,Harassment,Violence Against The Person,,Harassment,Protection from Harassment Act 1997,Sec 4,E,10,V,Y,,31-Feb-26,,\n"
                + "008/31,8L,Harassment,Violence Against The Person,,Harassment,Protection from Harassment Act 1997,Sec 4,E,10,V,Y,,next week,,\n";
        NotifiableOffenceList list = NotifiableOffenceList.read(text, "list.csv", Y2026, KNOWN);

        assertThat(errors(list)).containsExactlyInAnyOrder(
                "2 mode", "3 ho_class", "5 ho_code", "6 commencement_date", "7 commencement_date");
        assertThat(list.findings()).filteredOn(f -> f.line() == 5).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("duplicate: line 4"));
        assertThat(list.findings()).filteredOn(f -> f.line() == 3).singleElement()
                .satisfies(f -> assertThat(f.describe()).contains("line 3, column ho_class ('8Z')").contains("unknown class"));
    }

    @Test
    void aNewClassIsAcceptedWhenTheLineMarksItAddedThisYear() {
        String text = HEADER
                + "008/67,8U,Controlling,Violence Against The Person,Stalking and Harassment,Coercive control,Serious Crime Act 2015,Sec 76,E,5,V,Y,,,,\n"
                + "008/90,8V,New class,Violence Against The Person,Stalking and Harassment,New offence,New Act 2026,Sec 1,E,2,V,Y,Apr-26,01-Apr-26,,\n";
        NotifiableOffenceList list = NotifiableOffenceList.read(text, "list.csv", Y2026, KNOWN);

        assertThat(list.findings()).filteredOn(ImportFinding::isError).isEmpty();
        assertThat(list.classes()).containsKeys("8U", "8V");
        assertThat(list.classes().get("8V").markedAddedThisYear()).isTrue();
    }

    @Test
    void aHeaderOutOfLayoutIsOneFindingAndNoLineIsRead() {
        String text = "ho_code,class,offence\n008/67,8U,Coercive control\n";
        NotifiableOffenceList list = NotifiableOffenceList.read(text, "list.csv", Y2026, KNOWN);

        assertThat(list.lines()).isEmpty();
        assertThat(list.findings()).singleElement().satisfies(f -> {
            assertThat(f.isError()).isTrue();
            assertThat(f.column()).isEqualTo("header");
            assertThat(f.message()).contains("missing ho_class").contains("not in the layout: class");
        });
    }

    @Test
    void aFileCutOffMidLineOrInsideAQuoteIsTruncated() {
        String whole = HEADER
                + "008/67,8U,Controlling,Violence Against The Person,Stalking and Harassment,Coercive control,Serious Crime Act 2015,Sec 76,E,5,V,Y,Apr-26,,,\n"
                + "008/30,8L,Harassment,Violence Against The Person,,\"Harassment, with fear of violence\",Protection from Harassment Act 1997,Sec 4,E,10,V,Y,,,,\n";
        NotifiableOffenceList midLine = NotifiableOffenceList.read(whole.substring(0, whole.length() - 40), "list.csv",
                Y2026, KNOWN);
        assertThat(midLine.findings()).anySatisfy(f -> {
            assertThat(f.isError()).isTrue();
            assertThat(f.line()).isEqualTo(3);
            assertThat(f.message()).contains("truncated");
        });
        NotifiableOffenceList inQuote = NotifiableOffenceList.read(whole.substring(0, whole.indexOf("with fear")),
                "list.csv", Y2026, KNOWN);
        assertThat(inQuote.findings()).anySatisfy(f -> assertThat(f.message()).contains("never closed: the file is truncated"));
    }

    @Test
    void aListFromAnotherYearIsRefused() {
        String list2026 = HEADER
                + "008/67,8U,Controlling,Violence Against The Person,Stalking and Harassment,Coercive control,Serious Crime Act 2015,Sec 76,E,5,V,Y,Apr-26,,,\n";
        // Named for another year.
        assertThat(messages(NotifiableOffenceList.read(list2026, "nol_2025_26.csv", Y2026, KNOWN)))
                .anySatisfy(m -> assertThat(m).contains("the file's name says 2025/26"));
        // Records a change after the year it is imported for ends: a later year's list.
        assertThat(messages(NotifiableOffenceList.read(list2026, "list.csv", new FinancialYear(2025), KNOWN)))
                .anySatisfy(m -> assertThat(m).contains("after 2025/26 ends"));
        // Its newest change is more than a year old: an earlier year's list.
        assertThat(messages(NotifiableOffenceList.read(list2026, "list.csv", new FinancialYear(2027), KNOWN)))
                .anySatisfy(m -> assertThat(m).contains("an earlier year's list"));
        assertThat(messages(NotifiableOffenceList.read(list2026, "list.csv", Y2026, KNOWN))).isEmpty();
    }

    private static List<String> errors(NotifiableOffenceList list) {
        return list.findings().stream().filter(ImportFinding::isError).map(f -> f.line() + " " + f.column()).toList();
    }

    private static List<String> messages(NotifiableOffenceList list) {
        return list.findings().stream().filter(ImportFinding::isError).map(ImportFinding::message).toList();
    }

    /** The 141 codes of the built-in table (V2), so the official list's classes are all known, as in the application. */
    private static String[] classesOfTheBuiltInTable() throws IOException {
        Path v2 = Path.of("application/src/main/resources/db/migration/V2__reference_data.sql");
        String sql = Files.readString(v2);
        String classes = sql.substring(sql.indexOf("insert into offence_classification"), sql.indexOf("insert into outcome_group"));
        return java.util.regex.Pattern.compile("\\n\\s+\\('([^']+)',").matcher(classes).results()
                .map(m -> m.group(1)).toArray(String[]::new);
    }
}
