package org.crimeledger.synthetic.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The mix of incident types. Crime-related weights follow the shape of police recorded crime (violence
 * and theft the largest groups, domain.md §3.1); how often a report amounts to a crime is tuned so that a
 * Metropolitan year of 5 million incidents records about 700,000 crimes (product brief).
 */
public final class Kinds {

    public static final List<Kind> CRIME_RELATED = List.of(
            Kind.crime("ASSAULT", 16, 0.34, offences("8N", 45, "105A", 45, "5D", 4, "104", 3, "3B", 3), 3, 0.6, 0.4,
                    "RESPONSE", 0.2).withDrugsInAddition(),
            Kind.crime("SEXUAL_OFFENCE", 2.5, 0.52, offences("19C", 28, "19D", 5, "19E", 2, "19F", 2, "20A", 33,
                    "20B", 3, "17A", 4, "88E", 18, "22A", 5), 1, 0.7, 0.6, "PPU", 0.4),
            Kind.crime("DOMESTIC_ABUSE", 10, 0.38, offences("8N", 40, "105A", 35, "8U", 12, "3B", 3, "58A", 10), 1,
                    0.98, 0.98, "PPU", 0.9).flagged("DOMESTIC_ABUSE"),
            Kind.crime("HARASSMENT_STALKING", 7, 0.34, offences("8L", 45, "8R", 38, "8Q", 17), 1, 0.9, 0.8,
                    "RESPONSE", 0.7),
            Kind.crime("ROBBERY", 2, 0.48, offences("34B", 85, "34A", 15), 2, 0.5, 0.1, "CID", 0.1),
            Kind.crime("BURGLARY", 7, 0.52, offences("28I", 55, "28J", 15, "30C", 22, "30D", 8), 1, 0.15, 0.3,
                    "CID", 0.7),
            Kind.crime("THEFT", 20, 0.37, offences("46", 30, "49", 25, "39", 10, "44", 15, "40", 8, "49A", 12), 1,
                    0.35, 0.2, "RESPONSE", 0.1),
            Kind.crime("VEHICLE_CRIME", 8, 0.41, offences("45", 50, "48", 30, "126", 12, "37/2", 3, "58C", 5), 1,
                    0.1, 0.3, "RESPONSE", 0.3),
            Kind.crime("CRIMINAL_DAMAGE", 10, 0.38, offences("58A", 40, "58C", 30, "58B", 12, "58D", 10, "56B", 5,
                    "58J", 3), 1, 0.35, 0.4, "RESPONSE", 0.5),
            Kind.crime("PUBLIC_ORDER", 6, 0.22, offences("9A", 70, "9B", 8, "62A", 10, "66", 12), 3, 0.7, 0.3,
                    "RESPONSE", 0.05).withDrugsInAddition(),
            Kind.crime("WEAPONS", 2, 0.4, offences("10D", 60, "10C", 25, "81", 15), 0, 0.95, 0.9, "RESPONSE", 0)
                    .withDrugsInAddition(),
            Kind.crime("DRUGS", 4, 0.4, offences("92E", 55, "92D", 30, "92A", 15), 0, 0.95, 0.95, "RESPONSE", 0),
            Kind.crime("FRAUD", 3, 0.1, offences("NFIB90", 1), 1, 0.2, 0.5, "CID", 0.8),
            Kind.crime("OTHER_CRIME", 2.5, 0.32, offences("33", 45, "802", 55), 0, 0.8, 0.6, "RESPONSE", 0));

    public static final List<Kind> NOT_CRIME_RELATED = List.of(
            Kind.other("ASB_PERSONAL", 6, 0.6), Kind.other("ASB_NUISANCE", 12, 0.8),
            Kind.other("ASB_ENVIRONMENTAL", 3, 0), Kind.other("CONCERN_FOR_SAFETY", 18, 0.8),
            Kind.other("MISSING_PERSON", 4, 1), Kind.other("MENTAL_HEALTH", 7, 0.3),
            Kind.other("DOMESTIC_INCIDENT", 6, 1), Kind.other("SUDDEN_DEATH", 1.5, 1),
            Kind.other("ROAD_COLLISION", 10, 0), Kind.other("HIGHWAY_DISRUPTION", 7, 0),
            Kind.other("RAIL_AIR_MARINE", 0.5, 0));

    private Kinds() {
    }

    public static Weighted<Kind> crimeRelated() {
        return weighted(CRIME_RELATED);
    }

    public static Weighted<Kind> notCrimeRelated() {
        return weighted(NOT_CRIME_RELATED);
    }

    private static Weighted<Kind> weighted(List<Kind> kinds) {
        return Weighted.of(kinds, kinds.stream().mapToDouble(Kind::weight).toArray());
    }

    private static Weighted<Offence> offences(Object... codesAndWeights) {
        List<Offence> offences = new ArrayList<>();
        double[] weights = new double[codesAndWeights.length / 2];
        for (int i = 0; i < codesAndWeights.length; i += 2) {
            offences.add(Offences.of((String) codesAndWeights[i]));
            weights[i / 2] = ((Number) codesAndWeights[i + 1]).doubleValue();
        }
        return Weighted.of(offences, weights);
    }
}
