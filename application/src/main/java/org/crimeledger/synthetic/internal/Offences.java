package org.crimeledger.synthetic.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The counting classes the synthetic force records, with the less serious class each may be wrongly
 * downgraded to (a downgrade as {@code Reclassifying} judges it: a higher rank or another group) and the
 * lesser offence a report of it may also disclose, which the principal crime rule takes in (CRR26 pp.12-13).
 */
public final class Offences {

    private static final Map<String, Offence> ALL = new LinkedHashMap<>();
    /** Of the classes below, those only the Crown Court may try (wounding with intent, rape, robbery). */
    private static final Set<String> INDICTABLE_ONLY = Set.of("5D", "19C", "19D", "19E", "19F", "34A", "34B");
    private static final Map<String, String> DOWNGRADES = Map.ofEntries(
            Map.entry("5D", "8N"), Map.entry("8N", "105A"), Map.entry("3B", "8R"), Map.entry("8Q", "8L"),
            Map.entry("19C", "20A"), Map.entry("20A", "88E"), Map.entry("34B", "39"), Map.entry("34A", "46"),
            Map.entry("28I", "40"), Map.entry("30C", "49"), Map.entry("48", "126"), Map.entry("39", "49"));
    private static final Map<String, String> ALSO_DISCLOSED = Map.ofEntries(
            Map.entry("8N", "105A"), Map.entry("5D", "8N"), Map.entry("34B", "8N"), Map.entry("34A", "105A"),
            Map.entry("19C", "8N"), Map.entry("20A", "105A"), Map.entry("8L", "8R"), Map.entry("8Q", "8R"),
            Map.entry("48", "126"), Map.entry("58A", "9A"), Map.entry("58C", "9A"));

    static {
        violence("5D", 8, "8N", 19, "105A", 39, "3B", 22, "8L", 15, "8Q", 14, "8U", 18, "8R", 23, "104", 27);
        victimBased(Offence.SEXUAL, "19C", 4, "19D", 4, "19E", 4, "19F", 4, "20A", 7, "20B", 7, "17A", 7, "88E", 26,
                "22A", 9);
        victimBased("ROBBERY", "34A", 5, "34B", 5);
        victimBased("THEFT_OFFENCES", "28I", 33, "28J", 33, "30C", 35, "30D", 35, "39", 37, "40", 40, "44", 40,
                "45", 40, "46", 40, "48", 38, "49", 40, "49A", 46, "126", 48, "37/2", 46);
        victimBased("CRIMINAL_DAMAGE_AND_ARSON", "58A", 10, "58B", 10, "58C", 10, "58D", 10, "56B", 11, "58J", 34);
        victimBased("PUBLIC_ORDER_OFFENCES", "9A", 47, "9B", 47);
        victimBased("FRAUD_OFFENCES", "NFIB90", 28);
        againstTheState("DRUG_OFFENCES", "92A", 29, "92D", 41, "92E", 43);
        againstTheState("POSSESSION_OF_WEAPONS_OFFENCES", "10C", 43, "10D", 44, "81", 29);
        againstTheState("PUBLIC_ORDER_OFFENCES", "62A", 29, "66", 29);
        againstTheState("MISCELLANEOUS_CRIMES_AGAINST_SOCIETY", "33", 45, "54", 31, "59", 32, "802", 47);
    }

    private Offences() {
    }

    public static Offence of(String code) {
        Offence offence = ALL.get(code);
        if (offence == null) {
            throw new IllegalArgumentException("The synthetic force does not know the class " + code);
        }
        return offence;
    }

    public static Collection<Offence> all() {
        return ALL.values();
    }

    /** The less serious class a downgrade would record instead, if the synthetic force downgrades this one. */
    public static Optional<Offence> downgradeOf(Offence offence) {
        return Optional.ofNullable(DOWNGRADES.get(offence.code())).map(Offences::of);
    }

    /** A lesser offence against the same victim by the same offender, collapsed into this one. */
    public static Optional<Offence> alsoDisclosedWith(Offence offence) {
        return Optional.ofNullable(ALSO_DISCLOSED.get(offence.code())).map(Offences::of);
    }

    private static void violence(Object... codesAndRanks) {
        victimBased(Offence.VIOLENCE, codesAndRanks);
    }

    private static void victimBased(String group, Object... codesAndRanks) {
        add(group, true, codesAndRanks);
    }

    private static void againstTheState(String group, Object... codesAndRanks) {
        add(group, false, codesAndRanks);
    }

    private static void add(String group, boolean victimBased, Object... codesAndRanks) {
        for (int i = 0; i < codesAndRanks.length; i += 2) {
            String code = (String) codesAndRanks[i];
            ALL.put(code, new Offence(code, group, victimBased, (Integer) codesAndRanks[i + 1], INDICTABLE_ONLY.contains(code)));
        }
    }
}
