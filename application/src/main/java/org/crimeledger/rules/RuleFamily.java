package org.crimeledger.rules;

/** The families of the catalogue, each with the reasoning behind its rules. */
public enum RuleFamily {
    TIMELINESS("Timeliness", "A crime must be recorded as soon as the crime-recording steps are met and no later than"
            + " the limit in force on the day the report was received (24 hours today, 72 hours under the 2002"
            + " standard); times must also be in order, since a crime cannot be recorded before it is reported nor an"
            + " offence happen in the future."),
    DECISION("Crime-recording decision", "Every crime-related incident needs a decision, and a decision not to record"
            + " must show why the standard was met; professional third parties are treated as acting for the victim,"
            + " so their credible reports must be recorded."),
    COUNTING("Victims and counting", "One crime per victim, the finished incident and principal crime rules, course of"
            + " conduct counted once, and no crime counted twice: the counting rules decide how many crimes a report"
            + " makes, and getting them wrong inflates or hides crime."),
    RAPE("Rape and N100", "Every report of rape is recorded as a crime or as an N100 at the time of report; N100s are"
            + " resolved, and only the Force Crime Registrar cancels a recorded rape."),
    CANCELLATION("Cancellations and transfers", "A recorded crime leaves the statistics only on one of five grounds,"
            + " with the evidence each requires, decided by someone independent and trained with the right authority,"
            + " and, for C1, C2 and C5, after the victim was told."),
    RECLASSIFICATION("Reclassification", "A downgrade to a less serious class needs additional verifiable information"
            + " and an authorised decision, because downgrading was one of the gaming techniques found in 2014."),
    OUTCOMES("Outcomes", "An outcome must meet its conditions in the outcomes framework: a named suspect where the"
            + " type needs one, out-of-court disposals only where allowed and authorised (the Kent 2013 findings),"
            + " and no outcome before the crime was recorded."),
    FLAGS("Flags", "Home Office crime flags must agree with the facts recorded: the domestic-abuse flag with the"
            + " victim-suspect relationship and ages, child sexual exploitation with child sexual abuse.");

    private final String title;
    private final String reasoning;

    RuleFamily(String title, String reasoning) {
        this.title = title;
        this.reasoning = reasoning;
    }

    public String title() {
        return title;
    }

    public String reasoning() {
        return reasoning;
    }
}
