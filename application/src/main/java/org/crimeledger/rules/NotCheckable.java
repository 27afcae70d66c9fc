package org.crimeledger.rules;

/**
 * Rules of the standard the catalogue cannot check with the data a records system holds, and why: published,
 * as the NIBRS toolkit publishes its own, so nobody mistakes a clean run for a clean force.
 */
public enum NotCheckable {
    UNDER_RECORDING_FROM_NARRATIVE("Whether a report that was closed as a non-crime incident actually disclosed a crime",
            "Needs a person to read the call and the officer's account; the records hold the decision, not the truth."
                    + " The audit module samples incidents for that reading.", "CRR26 p.7"),
    CREDIBLE_EVIDENCE_TO_THE_CONTRARY("Whether evidence given as credible evidence to the contrary, or as additional"
            + " verifiable information, is genuine and verified",
            "The system holds the text, not the evidence; a wrong ground written fluently (\"the victim no longer"
                    + " supports\") is detectable only by reading it.", "CRR26 pp.7, 25"),
    CORRECT_CLASSIFICATION("Whether the classification recorded is the right one for what happened",
            "The offence's facts are in free text; only classification facts the system holds (victim-based, course of"
                    + " conduct, C5 classes) are checked.", "CRR26 p.13"),
    INDEPENDENCE_OF_DECISION_MAKER("Whether the person who cancelled a crime was independent of the investigation",
            "The records name the decider and their role, not their part in the investigation.", "CRR26 p.25"),
    COERCION_BEHIND_WITHDRAWAL("Whether a victim's withdrawal was caused by fear, coercion or pressure",
            "Needs the decision maker's judgement on the victim's circumstances.", "OUT26 p.29"),
    TRAINING_AND_ACCREDITATION("Whether a Designated Decision Maker was trained, or a registrar accredited",
            "Training records are not held.", "CRR26 p.25; CRR26 pp.62-64"),
    SUSPECT_TOLD_OF_OUTCOME("Whether the suspect and the victim were told of an outcome before it was applied",
            "Notifications of outcomes are not yet recorded in a checkable form.", "OUT26 p.3"),
    TRUE_IDENTITY_OF_SUSPECT("Whether a named suspect's true identity was established (outcomes 15 and 16)",
            "The records hold a name, not how the identity was established.", "CRR26 pp.22-23"),
    MODE_OF_TRIAL_UNKNOWN("Out-of-court disposal rules on records whose mode of trial is not given",
            "Mode of trial is per offence line; where an extract or the reference data does not give it, the"
                    + " indictable-only rules are skipped for that crime rather than guessed.", "OUT26 p.15"),
    REPORTED_RAPE_IN_APP("Reported rape closed without a crime or N100, for incidents entered in this system",
            "The incident records the call category, not the offence class alleged; the rule runs on extracts that give"
                    + " the reported classification, and on N100 and rape crimes held here.", "CRR26 pp.62-64"),
    OFFENDING_HISTORY_IN_APP("Whether the previous offences given for a penalty notice or caution are right, in this system",
            "The system holds no offending history of its own (no police national computer link): the penalty-notice"
                    + " rule runs in batch on the count the officer gives with the outcome, and on extracts that give it.",
            "HMIC Crime Recording in Kent (2013)"),
    RELATIONSHIP_IN_APP("Domestic-abuse flag against the victim-suspect relationship, and the suspect's age, in this system",
            "The system records whether a crime is flagged, but not the victim's relationship to the suspect nor the"
                    + " suspect's date of birth: those flag rules run on extracts that give them; the flag rules on the"
                    + " victim's age and on the flags themselves run in batch on live records.", "CRR26 p.26; Domestic Abuse Act 2021 ss.1-2");

    private final String rule;
    private final String why;
    private final String reference;

    NotCheckable(String rule, String why, String reference) {
        this.rule = rule;
        this.why = why;
        this.reference = reference;
    }

    public String rule() {
        return rule;
    }

    public String why() {
        return why;
    }

    public String reference() {
        return reference;
    }
}
