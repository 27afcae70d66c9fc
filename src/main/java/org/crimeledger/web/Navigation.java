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
            new Item("Reference data", "/reference-data",
                    "Home Office offence classifications, outcome types, cancellation classes and police.uk categories.",
                    EVERYONE),
            new Item("API documentation", "/swagger-ui.html",
                    "The JSON API for other systems, with its OpenAPI description.",
                    EnumSet.of(Role.ANALYST, Role.AUDITOR, Role.ADMIN)),
            new Item("Ledger", "/ledger",
                    "Every change to a record, hash-chained and checked end to end, and who read victims' personal details.",
                    EnumSet.of(Role.CRIME_REGISTRAR, Role.AUDITOR, Role.ADMIN)),
            new Item("Data quality", "/data-quality",
                    "Import data.police.uk files and check them per force and month: volumes, duplicates, outcomes.",
                    EnumSet.of(Role.ANALYST, Role.ADMIN)));

    private Navigation() {
    }

    public static List<Item> itemsFor(Collection<Role> roles) {
        return ITEMS.stream().filter(item -> item.visibleTo(roles)).toList();
    }
}
