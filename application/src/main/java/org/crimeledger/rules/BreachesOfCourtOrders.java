package org.crimeledger.rules;

import java.util.Set;

/**
 * The notifiable offence lines that are breaches of court orders. A breach needs only one act, so it is
 * never a course of conduct even where the notifiable offence list files it under harassment or stalking
 * (CRR26 p.52), and it is recorded in addition to the offences reported with it (CRR26 pp.56-57, 89).
 * Our reading of the notifiable offence list 2026-27: the lines that breach an order of a court.
 */
final class BreachesOfCourtOrders {

    /** Breach lines inside the harassment (8L) and stalking (8Q) classes; NOL26 marks them S, not V. */
    static final Set<String> IN_CONDUCT_CLASSES = Set.of(
            "008/29", // injunction against harassment
            "008/31", // restraining order on conviction
            "008/74"); // stalking protection order

    static final Set<String> OFFENCE_LINES = Set.of(
            "008/29", "008/31", "008/74",
            "008/79", // serious violence reduction order
            "066/38", // restraining order on acquittal
            "066/39", // non-molestation order
            "066/84", // violent offender order
            "066/93", // foreign travel order
            "066/97", // forced marriage protection order
            "066/98", // criminal behaviour order
            "068/04", // female genital mutilation protection order
            "068/07", // sexual risk order
            "068/08", // sexual harm prevention order
            "068/17", // knife crime prevention order
            "068/19"); // domestic abuse protection order

    private BreachesOfCourtOrders() {
    }

    static boolean isBreach(ReportedOffence offence) {
        return offence.onAnyOf(OFFENCE_LINES);
    }
}
