package org.crimeledger.rules;

import java.util.List;

/**
 * Classifications as the caller fills them from the reference data (V2__reference_data.sql); the
 * {@link ClassificationsTests} check they still agree with it.
 */
final class Classifications {

    static final Classification ASSAULT_WITHOUT_INJURY = victimBased("105A", "Assault without injury", 39);
    static final Classification ASSAULT_WITH_INJURY = victimBased("8N", "Assault with injury", 19);
    static final Classification RACIALLY_AGGRAVATED_ASSAULT_WITH_INJURY =
            victimBased("8P", "Racially or religiously aggravated assault with injury", 17);
    static final Classification ASSAULT_WITH_INTENT_TO_CAUSE_SERIOUS_HARM =
            victimBased("5D", "Assault with intent to cause serious harm", 8);
    static final Classification THREATS_TO_KILL = victimBased("3B", "Threats to kill", 22);
    static final Classification ROBBERY_OF_PERSONAL_PROPERTY = victimBased("34B", "Robbery of personal property", 5);
    static final Classification RAPE_OF_A_FEMALE_AGED_16_AND_OVER = victimBased("19C", "Rape of a female aged 16 and over", 4);
    static final Classification SEXUAL_ASSAULT_ON_A_FEMALE_AGED_13_OR_OVER =
            victimBased("20A", "Sexual assault on a female aged 13 or over", 7);
    static final Classification MODERN_SLAVERY = victimBased("106", "Modern slavery", 9);
    static final Classification HARASSMENT = conduct("8L", "Harassment", 15);
    static final Classification STALKING = conduct("8Q", "Stalking", 14);
    static final Classification CONTROLLING_OR_COERCIVE_BEHAVIOUR = conduct("8U", "Controlling or coercive behaviour", 18);
    static final Classification MALICIOUS_COMMUNICATIONS = victimBased("8R", "Malicious communications", 23);
    static final Classification CRIMINAL_DAMAGE_RESIDENTIAL = victimBased("58A", "Criminal damage - residential", 10);
    static final Classification THEFT_OF_A_PEDAL_CYCLE = victimBased("44", "Theft or unauthorised taking of pedal cycle", 40);
    static final Classification OTHER_THEFT = victimBased("49", "Other theft", 40);
    static final Classification PUBLIC_FEAR_ALARM_OR_DISTRESS = victimBased("9A", "Public fear alarm or distress", 47);
    static final Classification POSSESSION_OF_CANNABIS = stateBased("92E", "Possession of controlled drugs (cannabis)", 43);
    static final Classification TRAFFICKING_IN_CONTROLLED_DRUGS = stateBased("92A", "Trafficking in controlled drugs", 29);
    static final Classification POSSESSION_OF_A_BLADE = stateBased("10D", "Possession of article with blade or point", 44);

    static final List<Classification> ALL = List.of(ASSAULT_WITHOUT_INJURY, ASSAULT_WITH_INJURY,
            RACIALLY_AGGRAVATED_ASSAULT_WITH_INJURY, ASSAULT_WITH_INTENT_TO_CAUSE_SERIOUS_HARM, THREATS_TO_KILL,
            ROBBERY_OF_PERSONAL_PROPERTY, RAPE_OF_A_FEMALE_AGED_16_AND_OVER, SEXUAL_ASSAULT_ON_A_FEMALE_AGED_13_OR_OVER,
            MODERN_SLAVERY, HARASSMENT, STALKING,
            CONTROLLING_OR_COERCIVE_BEHAVIOUR, MALICIOUS_COMMUNICATIONS, CRIMINAL_DAMAGE_RESIDENTIAL,
            THEFT_OF_A_PEDAL_CYCLE, OTHER_THEFT, PUBLIC_FEAR_ALARM_OR_DISTRESS, POSSESSION_OF_CANNABIS,
            TRAFFICKING_IN_CONTROLLED_DRUGS, POSSESSION_OF_A_BLADE);

    private Classifications() {
    }

    private static Classification victimBased(String code, String name, int rank) {
        return new Classification(code, name, true, false, rank);
    }

    private static Classification conduct(String code, String name, int rank) {
        return new Classification(code, name, true, true, rank);
    }

    private static Classification stateBased(String code, String name, int rank) {
        return new Classification(code, name, false, false, rank);
    }
}
