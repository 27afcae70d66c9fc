package org.crimeledger.security;

/**
 * The roles of a force's people who use crimeledger (product brief, "Who uses it").
 * Access is need-to-know: each role sees what its work needs and no more.
 */
public enum Role {
    CALL_HANDLER("Call handler", "Opens incidents and records what the caller says."),
    OFFICER("Officer or investigator", "Adds updates, records crimes, victims and suspects, proposes outcomes."),
    SUPERVISOR("Supervisor", "Reviews the team's crime-recording decisions and outcomes, authorises where required."),
    CRIME_REGISTRAR("Force Crime Registrar or Designated Decision Maker",
            "Decides cancellations and reclassifications, owns the force's audit, arbitrates the rules."),
    VICTIM_SERVICE("Victim service", "Works the Victims' Code queue: contacts, referrals and updates."),
    AUDITOR("Auditor", "Plans audits, reviews samples and signs off results."),
    ANALYST("Analyst", "Reads integrity dashboards and statistics; never edits records."),
    PCC("Police and Crime Commissioner's office",
            "Sees aggregate figures, audit results and recommendation progress; no personal data."),
    ADMIN("Administrator", "Manages user accounts and the service's configuration.");

    private final String title;
    private final String duties;

    Role(String title, String duties) {
        this.title = title;
        this.duties = duties;
    }

    public String title() {
        return title;
    }

    public String duties() {
        return duties;
    }

    /** The Spring Security authority, {@code ROLE_} plus the name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
