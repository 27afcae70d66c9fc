package org.crimeledger.integrity;

import java.io.IOException;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An integrity report as two CSV files, written by {@code crimeledger integrity --output} and by a national run for
 * each force, and read back by the national integrity page: every test with its p- and q-value
 * ({@code integrity-findings.csv}) and every team's figures ({@code integrity-teams.csv}). Numbers are written in
 * full, so that two runs can be compared exactly.
 */
public final class IntegrityFindingsCsv {

    public static final String FINDINGS = "integrity-findings.csv";
    public static final String TEAMS = "integrity-teams.csv";

    public static final String[] FINDINGS_HEADER = { "force", "as_of", "indicator", "unit", "check", "enough_data",
            "observed", "expected", "p_value", "q_value", "alert", "explanation" };
    public static final String[] TEAMS_HEADER = { "force", "as_of", "indicator", "unit", "events", "trials",
            "last_month_events", "last_month_trials", "monthly_events" };

    private IntegrityFindingsCsv() {
    }

    public static CSVPrinter findingsPrinter(Appendable out) throws IOException {
        return new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(FINDINGS_HEADER).get());
    }

    public static CSVPrinter teamsPrinter(Appendable out) throws IOException {
        return new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(TEAMS_HEADER).get());
    }

    public static void printFindings(String force, IntegrityReport report, CSVPrinter csv) throws IOException {
        for (IndicatorView view : report.indicators()) {
            for (Finding finding : view.findings()) {
                csv.printRecord(force, report.asOf(), view.indicator().name(), finding.unit(), finding.check().name(),
                        finding.signal().enoughData(), finding.signal().observed(), finding.signal().expected(),
                        finding.signal().pValue(), finding.qValue(), finding.alert(), finding.explanation());
            }
        }
    }

    public static void printTeams(String force, IntegrityReport report, CSVPrinter csv) throws IOException {
        for (IndicatorView view : report.indicators()) {
            for (TeamLine team : view.teams()) {
                csv.printRecord(force, report.asOf(), view.indicator().name(), team.unit(), team.events(), team.trials(),
                        team.lastMonthEvents(), team.lastMonthTrials(),
                        team.monthlyEvents().stream().map(String::valueOf).collect(Collectors.joining(" ")));
            }
        }
    }
}
