package org.crimeledger.standards;

/** The offence groups of police recorded crime, as ONS and the Home Office present them (ONS/Home Office PRC tables; NOL26). */
public enum OffenceGroup {
    VIOLENCE_AGAINST_THE_PERSON("Violence against the person"),
    SEXUAL_OFFENCES("Sexual offences"),
    ROBBERY("Robbery"),
    // Burglary and vehicle offences have their own chapters in the rules but are counted here, as ONS counts them.
    THEFT_OFFENCES("Theft offences"),
    CRIMINAL_DAMAGE_AND_ARSON("Criminal damage and arson"),
    DRUG_OFFENCES("Drug offences"),
    POSSESSION_OF_WEAPONS_OFFENCES("Possession of weapons offences"),
    PUBLIC_ORDER_OFFENCES("Public order offences"),
    MISCELLANEOUS_CRIMES_AGAINST_SOCIETY("Miscellaneous crimes against society"),
    // Mostly recorded through Report Fraud / NFIB rather than by forces, so published apart from the rest.
    FRAUD_OFFENCES("Fraud offences");

    private final String displayName;

    OffenceGroup(String displayName) {
        this.displayName = displayName;
    }

    /** The group's name as published, the same as {@code offence_group.name}. */
    public String displayName() {
        return displayName;
    }
}
