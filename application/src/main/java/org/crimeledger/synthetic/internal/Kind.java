package org.crimeledger.synthetic.internal;

import java.util.List;

/**
 * One incident type of the synthetic force (the {@code incident_type} codes) and how its reports turn out.
 *
 * @param weight relative frequency among the types of the same side (crime-related or not)
 * @param truth chance that a report of this type, on the information at the time, amounts to a crime
 * @param offences the classes a report of this type may amount to, empty for types that are not crime-related
 * @param maxVictims the most victims one report may have: burglary is one per household, an assault may have three
 * @param suspect chance that a crime has a suspect; {@code namedSuspect} the chance the suspect is named
 * @param team who takes such reports: {@code RESPONSE} (teams A and B by shift), {@code PPU}, {@code CID}
 * @param atHome chance the place is a home address rather than a street or business
 * @param drugsInAddition whether an offender may also be found with drugs, a crime counted in addition (CRR26 p.91)
 * @param flags Home Office flags every crime of the type carries
 */
public record Kind(String code, boolean crimeRelated, double weight, double truth, Weighted<Offence> offences,
        int maxVictims, double suspect, double namedSuspect, String team, double atHome, boolean drugsInAddition,
        List<String> flags) {

    static Kind crime(String code, double weight, double truth, Weighted<Offence> offences, int maxVictims,
            double suspect, double namedSuspect, String team, double atHome) {
        return new Kind(code, true, weight, truth, offences, maxVictims, suspect, namedSuspect, team, atHome, false,
                List.of());
    }

    static Kind other(String code, double weight, double atHome) {
        return new Kind(code, false, weight, 0, null, 0, 0, 0, "RESPONSE", atHome, false, List.of());
    }

    Kind withDrugsInAddition() {
        return new Kind(code, crimeRelated, weight, truth, offences, maxVictims, suspect, namedSuspect, team, atHome,
                true, flags);
    }

    Kind flagged(String... codes) {
        return new Kind(code, crimeRelated, weight, truth, offences, maxVictims, suspect, namedSuspect, team, atHome,
                drugsInAddition, List.of(codes));
    }
}
