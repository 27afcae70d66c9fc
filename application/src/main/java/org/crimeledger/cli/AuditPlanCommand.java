package org.crimeledger.cli;

import java.util.concurrent.Callable;

import org.crimeledger.statistics.PlanningAssumptions;
import org.crimeledger.statistics.SampleSize;
import org.crimeledger.statistics.SampleSizePlanning;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The number of incidents an audit needs for a target precision, with the working. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Compute the sample size for a target precision and print the working.")
class AuditPlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--population", required = true, paramLabel = "INCIDENTS",
            description = "Incidents in the population to sample from.")
    long population;

    @Option(names = "--precision", defaultValue = "2", paramLabel = "POINTS",
            description = "Target half-width of the interval in percentage points (default: ${DEFAULT-VALUE}).")
    double precisionPoints;

    @Option(names = "--expected-rate", defaultValue = "85", paramLabel = "PERCENT",
            description = "Recording rate expected, in percent (default: ${DEFAULT-VALUE}).")
    double expectedRatePercent;

    @Option(names = "--confidence", defaultValue = "95", paramLabel = "PERCENT",
            description = "Confidence level in percent (default: ${DEFAULT-VALUE}).")
    double confidencePercent;

    @Option(names = "--design-effect", defaultValue = "1.0",
            description = "Variance inflation from crimes sharing incidents (default: ${DEFAULT-VALUE}).")
    double designEffect;

    @Option(names = "--crimes-per-incident", defaultValue = "1.0",
            description = "Crimes that should have been recorded per sampled incident (default: ${DEFAULT-VALUE}).")
    double crimesPerIncident;

    @Override
    public Integer call() {
        try {
            SampleSize size = SampleSizePlanning.forPopulation(population, new PlanningAssumptions(
                    expectedRatePercent / 100, precisionPoints / 100, confidencePercent / 100, designEffect,
                    crimesPerIncident));
            var out = spec.commandLine().getOut();
            size.working().forEach(out::println);
            out.printf("Sample size: %d incidents (about %d crimes that should have been recorded)%n",
                    size.incidents(), size.crimesExpected());
            out.flush();
            return 0;
        } catch (IllegalArgumentException refused) {
            spec.commandLine().getErr().println(refused.getMessage());
            return 2;
        }
    }
}
