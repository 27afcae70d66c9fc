package org.crimeledger.standards.internal;

import java.time.LocalDate;
import java.util.Map;

import org.crimeledger.standards.internal.NotifiableOffenceList.ListClass;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Adds a class that an imported list names for the first time to the catalogue of classes, with the facts the
 * rest of crimeledger reads: the ONS offence group and subgroup (mapped from the list's class and sub class as
 * docs/reference-data.md describes), victim-based or not, a seriousness rank and a police.uk category. Everything
 * not in the list itself is marked unverified, for a person to check.
 */
public final class NewClassFacts {

    private static final Map<String, String> GROUPS = Map.ofEntries(
            Map.entry("Violence Against The Person", "VIOLENCE_AGAINST_THE_PERSON"),
            Map.entry("Sexual Offences", "SEXUAL_OFFENCES"),
            Map.entry("Robbery", "ROBBERY"),
            Map.entry("Burglary", "THEFT_OFFENCES"),
            Map.entry("Vehicle offences", "THEFT_OFFENCES"),
            Map.entry("Theft", "THEFT_OFFENCES"),
            Map.entry("Arson and Criminal Damage", "CRIMINAL_DAMAGE_AND_ARSON"),
            Map.entry("Drug Offences", "DRUG_OFFENCES"),
            Map.entry("Public Order Offences", "PUBLIC_ORDER_OFFENCES"),
            Map.entry("Possession of weapons", "POSSESSION_OF_WEAPONS_OFFENCES"),
            Map.entry("Miscellaneous crimes against society", "MISCELLANEOUS_CRIMES_AGAINST_SOCIETY"),
            Map.entry("NFIB Fraud", "FRAUD_OFFENCES"));

    private static final Map<String, String> POLICE_UK = Map.ofEntries(
            Map.entry("Violence Against The Person", "violent-crime"),
            Map.entry("Sexual Offences", "violent-crime"),
            Map.entry("Robbery", "robbery"),
            Map.entry("Burglary", "burglary"),
            Map.entry("Vehicle offences", "vehicle-crime"),
            Map.entry("Theft", "other-theft"),
            Map.entry("Arson and Criminal Damage", "criminal-damage-arson"),
            Map.entry("Drug Offences", "drugs"),
            Map.entry("Public Order Offences", "public-order"),
            Map.entry("Possession of weapons", "possession-of-weapons"),
            Map.entry("Miscellaneous crimes against society", "other-crime"),
            Map.entry("NFIB Fraud", "other-crime"));

    private static final Map<String, String> SUBGROUPS = Map.ofEntries(
            Map.entry("Death or serious injury caused by illegal driving", "Death or serious injury - unlawful driving"),
            Map.entry("Stalking and Harassment", "Stalking and harassment"),
            Map.entry("Residential Burglary of a Home", "Residential burglary"),
            Map.entry("Residential Burglary of Unconnected Building", "Residential burglary"),
            Map.entry("Burglary Business and Community", "Non-residential burglary"),
            Map.entry("Other theft", "Other theft offences"));

    private NewClassFacts() {
    }

    public static void insert(JdbcClient jdbc, ListClass c, int version, String source, LocalDate from) {
        String group = GROUPS.get(c.listClass());
        String subgroup = c.listSubClass() == null ? (c.listClass().equals("Vehicle offences") ? "Vehicle offences" : null)
                : SUBGROUPS.getOrDefault(c.listSubClass(), c.listSubClass());
        // The rank of the least serious class already in the group: a new class never outranks the known ones
        // until a person places it (docs/reference-data.md, "Classes added by an import").
        int rank = jdbc.sql("select coalesce(max(seriousness_rank), (select max(seriousness_rank) from offence_classification))"
                        + " from offence_classification where offence_group_code = :group")
                .param("group", group).query(Integer.class).single();
        jdbc.sql("""
                insert into offence_classification (code, name, offence_group_code, offence_subgroup, victim_based,
                    notifiable, course_of_conduct, seriousness_rank, seriousness_verified, police_uk_category_slug,
                    police_uk_verified, verified, source, display_order, in_force_from, introduced_by_version)
                values (:code, :name, :group, :subgroup, :victim, true, false, :rank, false, :policeUk, false, false,
                    :source, (select max(display_order) + 1 from offence_classification), :from, :version)""")
                .param("code", c.code()).param("name", c.name()).param("group", group).param("subgroup", subgroup)
                .param("victim", !c.victimOrState().equals("S")).param("rank", rank)
                .param("policeUk", POLICE_UK.get(c.listClass()))
                .param("source", "Imported from " + source + " line " + c.firstLine() + "; group, rank, victim-based "
                        + "(S/V read as victim) and police.uk category set by the importer, to be checked")
                .param("from", from).param("version", version)
                .update();
    }
}
