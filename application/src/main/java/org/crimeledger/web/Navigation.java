package org.crimeledger.web;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.crimeledger.security.Role;

/**
 * The service navigation: which pages each role sees in the header and on its home page.
 * A capability adds its pages here when it lands, so the menu never links to a page that does not exist.
 */
public final class Navigation {

    /** One link of the header navigation. */
    public record Item(String label, String href, String description, Set<Role> roles) {

        boolean visibleTo(Collection<Role> userRoles) {
            return userRoles.stream().anyMatch(roles::contains);
        }
    }

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

    static final List<Item> ITEMS = List.of(
            new Item("Home", "/", "Your work at a glance.", EVERYONE),
            new Item("Incidents", "/incidents", "Open incidents from calls and reports, add updates, close them.",
                    EnumSet.of(Role.CALL_HANDLER, Role.OFFICER, Role.SUPERVISOR, Role.CRIME_REGISTRAR, Role.AUDITOR)),
            new Item("Decision queue", "/decision-queue",
                    "Crime-related incidents waiting for their crime-recording decision, least time left first.",
                    EnumSet.of(Role.OFFICER, Role.SUPERVISOR, Role.CRIME_REGISTRAR, Role.AUDITOR)),
            new Item("Crimes", "/crimes", "Crime records with their history, reclassification and cancellation.",
                    EnumSet.of(Role.OFFICER, Role.SUPERVISOR, Role.CRIME_REGISTRAR, Role.AUDITOR)),
            new Item("Registrar decisions", "/registrar",
                    "Downgrades, cancellations and transfers waiting for a decision, and late decisions.",
                    EnumSet.of(Role.CRIME_REGISTRAR, Role.SUPERVISOR, Role.AUDITOR)),
            new Item("Rule findings", "/compliance/findings",
                    "What the Crime Recording Rules catalogue found in the records, by rule, with a CSV export.",
                    EnumSet.of(Role.CRIME_REGISTRAR, Role.AUDITOR, Role.SUPERVISOR, Role.ANALYST)),
            new Item("Recording rules", "/compliance/rules",
                    "The Crime Recording Rules the service checks, with their codes, messages and references.",
                    EnumSet.of(Role.OFFICER, Role.SUPERVISOR, Role.CRIME_REGISTRAR, Role.AUDITOR, Role.ANALYST)),
            new Item("Reference data", "/reference-data",
                    "Home Office offence classifications, outcome types, cancellation classes and police.uk categories.",
                    EVERYONE),
            new Item("API documentation", "/swagger-ui.html",
                    "The JSON API for other systems, with its OpenAPI description.",
                    EnumSet.of(Role.ANALYST, Role.AUDITOR, Role.ADMIN)),
            new Item("Integrity", "/integrity",
                    "Gaming signatures by team: funnel plots, recorded crime over time and alerts in plain English.",
                    EnumSet.of(Role.CRIME_REGISTRAR, Role.ANALYST, Role.AUDITOR, Role.PCC)),
            new Item("National run", "/integrity/national",
                    "The latest national run on Apache Spark: every force's integrity alerts and data-quality findings.",
                    EnumSet.of(Role.CRIME_REGISTRAR, Role.ANALYST, Role.AUDITOR, Role.PCC)),
            new Item("Victim service queue", "/victims/queue",
                    "Victims' Code entitlements due and overdue, each victim's contact log and preferences.",
                    EnumSet.of(Role.VICTIM_SERVICE, Role.CRIME_REGISTRAR, Role.AUDITOR)),
            new Item("Victims' Code compliance", "/victims/compliance",
                    "Ministry of Justice compliance measures by quarter with 95% intervals, as CSV too.",
                    EnumSet.of(Role.VICTIM_SERVICE, Role.CRIME_REGISTRAR, Role.AUDITOR, Role.ANALYST, Role.PCC, Role.SUPERVISOR)),
            new Item("Victim satisfaction", "/victims/satisfaction",
                    "Survey responses and the satisfied rate by offence group and quarter, with intervals.",
                    EnumSet.of(Role.VICTIM_SERVICE, Role.CRIME_REGISTRAR, Role.AUDITOR, Role.ANALYST, Role.PCC, Role.SUPERVISOR)),
            new Item("Outcome authorisations", "/outcomes/authorisations",
                    "Outcomes a policy holds for a supervisor's or the registrar's authorisation.",
                    EnumSet.of(Role.SUPERVISOR, Role.CRIME_REGISTRAR)),
            new Item("Outcome mix", "/outcomes/statistics",
                    "Outcomes by offence group and quarter with 95% intervals; no per-officer figures.",
                    EnumSet.of(Role.ANALYST, Role.PCC, Role.AUDITOR, Role.CRIME_REGISTRAR, Role.SUPERVISOR)),
            new Item("Audits", "/audits",
                    "Inspection-grade audits: seeded samples, reviews, estimates with their intervals, and the report.",
                    EnumSet.of(Role.AUDITOR, Role.CRIME_REGISTRAR, Role.ANALYST, Role.PCC)),
            new Item("Recommendations", "/improvement-actions",
                    "Recommendations and areas for improvement with owners, due dates, actions and evidence.",
                    EnumSet.of(Role.AUDITOR, Role.CRIME_REGISTRAR)),
            new Item("Recommendation progress", "/improvement-actions/progress",
                    "Progress on recommendations and areas for improvement, as counts.", EnumSet.of(Role.PCC)),
            new Item("Ledger", "/ledger",
                    "Every change to a record, hash-chained and checked end to end, and who read victims' personal details.",
                    EnumSet.of(Role.CRIME_REGISTRAR, Role.AUDITOR, Role.ADMIN)),
            new Item("Data quality", "/data-quality",
                    "Import data.police.uk files and check them per force and month: volumes, duplicates, outcomes.",
                    EnumSet.of(Role.ANALYST, Role.ADMIN)),
            new Item("Published figures", "/publication/trace",
                    "Follow a published count (police.uk month and category, or Home Office table) to its crimes.",
                    EnumSet.of(Role.CRIME_REGISTRAR, Role.ANALYST, Role.AUDITOR)),
            new Item("Sign-in security", "/admin/sign-ins",
                    "Usernames paused after too many wrong passwords, with a way to lift the pause, and refused sign-ins.",
                    EnumSet.of(Role.ADMIN)));

    private Navigation() {
    }

    public static List<Item> itemsFor(Collection<Role> roles) {
        return ITEMS.stream().filter(item -> item.visibleTo(roles)).toList();
    }
}
