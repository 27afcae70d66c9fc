package org.crimeledger.standards;

/** The street-level crime categories of data.police.uk, with their API slugs (https://data.police.uk/docs/). */
public enum PoliceUkCrimeCategory {
    // Anti-social behaviour is published alongside crime but is an incident type, not a notifiable crime.
    ANTI_SOCIAL_BEHAVIOUR("anti-social-behaviour", "Anti-social behaviour"),
    BICYCLE_THEFT("bicycle-theft", "Bicycle theft"),
    BURGLARY("burglary", "Burglary"),
    CRIMINAL_DAMAGE_AND_ARSON("criminal-damage-arson", "Criminal damage and arson"),
    DRUGS("drugs", "Drugs"),
    OTHER_CRIME("other-crime", "Other crime"),
    OTHER_THEFT("other-theft", "Other theft"),
    POSSESSION_OF_WEAPONS("possession-of-weapons", "Possession of weapons"),
    PUBLIC_ORDER("public-order", "Public order"),
    ROBBERY("robbery", "Robbery"),
    SHOPLIFTING("shoplifting", "Shoplifting"),
    THEFT_FROM_THE_PERSON("theft-from-the-person", "Theft from the person"),
    VEHICLE_CRIME("vehicle-crime", "Vehicle crime"),
    // The API keeps the older slug "violent-crime" for what the CSV files call "Violence and sexual offences".
    VIOLENCE_AND_SEXUAL_OFFENCES("violent-crime", "Violence and sexual offences");

    private final String slug;
    private final String label;

    PoliceUkCrimeCategory(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    /** The API slug, the key of {@code police_uk_crime_category}. */
    public String slug() {
        return slug;
    }

    /** The label used in the "Crime type" column of the CSV files. */
    public String label() {
        return label;
    }
}
