package org.crimeledger.cli;

import picocli.CommandLine.Command;

/**
 * The audit method without the application, so an inspectorate can use it on any force's data: plan a
 * sample from a target precision, draw it reproducibly from a list of incidents, and estimate the rates
 * from a CSV of judgements.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Plan, sample and estimate a crime data integrity audit from files.",
        subcommands = {AuditPlanCommand.class, AuditSampleCommand.class, AuditEstimateCommand.class})
class AuditCommand {
}
