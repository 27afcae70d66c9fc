package org.crimeledger.rules;

/**
 * The catalogue of counting rules and findings, with stable codes an auditor can cite. Rules with severity
 * {@link Severity#INFORMATION} are the reasons a proposed crime was counted as it was; those with
 * {@link Severity#WARNING} are findings the recorder must look at before recording. Codes are never reused.
 */
public enum CountingRuleCode {

    ONE_CRIME_PER_VICTIM("CNT-001", Severity.INFORMATION,
            "One crime for each victim, per offender or group of offenders acting together; offenders who acted"
                    + " independently are counted separately.",
            "CRR26 p.12, One crime per victim"),
    STATE_BASED_ONCE_PER_OFFENDER_GROUP("CNT-002", Severity.INFORMATION,
            "An offence with no specific victim is counted once for each offender or group of offenders, apart"
                    + " from the crimes with a victim (so drug offences are counted in addition to them).",
            "CRR26 p.12, One crime per victim; p.91, drug offences; pp.86-89, public order"),
    RECORDED_IN_ADDITION("CNT-003", Severity.INFORMATION,
            "Modern slavery, breaches of court orders and threatening communications that continue a course of"
                    + " conduct are recorded in addition to the other offences against the victim, not taken into them.",
            "CRR26 pp.13, 48, 63 (modern slavery); pp.56-57, 89 (breaches); p.58 (threatening communications)"),
    FINISHED_INCIDENT("CNT-004", Severity.INFORMATION,
            "Offences by the same offenders against the same victim, reported to the police at the same time,"
                    + " count as one crime.",
            "CRR26 p.12, Finished incident rule"),
    COURSE_OF_CONDUCT("CNT-005", Severity.INFORMATION,
            "Harassment, stalking and controlling or coercive behaviour between the same people count once, as the"
                    + " most serious conduct offence, which is normally the principal crime over the other offences"
                    + " reported with it.",
            "CRR26 pp.55-57, Conduct crimes"),
    PRINCIPAL_CRIME("CNT-006", Severity.INFORMATION,
            "Where one crime covers several types of offence, the most serious is recorded and the others stay on"
                    + " the record as related offences.",
            "CRR26 pp.12-14, Principal crime rule and look-up table"),
    CONTINUING_CONDUCT("CNT-007", Severity.INFORMATION,
            "Conduct that continues after a conduct crime is recorded is added to it, unless the offender has been"
                    + " dealt with or 3 months have passed since the last recorded incident; other new offences are"
                    + " recorded in addition.",
            "CRR26 pp.52, 57-58, Finished incident rule for conduct crimes"),

    VICTIM_NOT_IDENTIFIED("CNT-008", Severity.WARNING,
            "An offence with a victim was reported with no victim: record a crime related incident until the"
                    + " victim is found or comes forward.",
            "CRR26 p.7, No victim, no crime"),
    STATE_BASED_OFFENCE_GIVEN_A_VICTIM("CNT-009", Severity.WARNING,
            "An offence against the State was reported with a victim; it was counted without one. Check the"
                    + " classification.",
            "CRR26 p.8, Offences against the State; p.12"),
    CONDUCT_CRIME_NOT_PRINCIPAL("CNT-010", Severity.WARNING,
            "An offence more serious than the conduct crime can take in is the principal crime: a referral to the"
                    + " CPS must mention the conduct crime, and an unclear case goes to the Force Crime Registrar.",
            "CRR26 pp.55-57, Conduct crimes"),
    CONDUCT_LEVEL_ASSUMED("CNT-011", Severity.WARNING,
            "The order among conduct crimes is written per offence line; a conduct offence without a listed line was"
                    + " read as its class's most serious line. Confirm the offence line.",
            "CRR26 pp.56-57, Conduct crimes"),
    EQUALLY_SERIOUS("CNT-012", Severity.WARNING,
            "Offences of different classes are equally serious by the look-up table: the principal crime is the one"
                    + " with the higher sentence likely to be imposed; the first reported was proposed.",
            "CRR26 p.13, Principal crime rule"),
    WEAPON_MAY_HAVE_BEEN_USED("CNT-013", Severity.WARNING,
            "Possession of a weapon is a crime of its own only if the weapon was not used in another notifiable"
                    + " offence: check whether it was used in an offence reported with it.",
            "CRR26 p.94, Possession of weapons");

    /** What a code asks of the recorder. */
    public enum Severity {
        /** A rule applied: recorded on the crime as the reason it was counted so. */
        INFORMATION,
        /** A finding: the recorder must look at it before recording. */
        WARNING
    }

    private final String code;
    private final Severity severity;
    private final String message;
    private final String reference;

    CountingRuleCode(String code, Severity severity, String message, String reference) {
        this.code = code;
        this.severity = severity;
        this.message = message;
        this.reference = reference;
    }

    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    public String message() {
        return message;
    }

    /** Where the rule is written, by short name and page (see the domain reference for the documents). */
    public String reference() {
        return reference;
    }
}
