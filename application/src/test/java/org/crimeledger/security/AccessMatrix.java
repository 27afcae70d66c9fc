package org.crimeledger.security;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Who may call each endpoint, one row per method and path. Roles are written short: CH call handler,
 * OF officer, SU supervisor, CR crime registrar, VS victim service, AU auditor, AN analyst, PCC the
 * commissioner's office, AD administrator; {@code everyone signed in} and {@code public} say what they mean.
 */
final class AccessMatrix {

    /** The marker for an endpoint open without signing in. */
    static final Set<Role> PUBLIC = Collections.unmodifiableSet(EnumSet.noneOf(Role.class));

    private static final Map<String, Role> SHORT = Map.of("CH", Role.CALL_HANDLER, "OF", Role.OFFICER,
            "SU", Role.SUPERVISOR, "CR", Role.CRIME_REGISTRAR, "VS", Role.VICTIM_SERVICE, "AU", Role.AUDITOR,
            "AN", Role.ANALYST, "PCC", Role.PCC, "AD", Role.ADMIN);

    static final Map<String, Set<Role>> ROWS = rows(
            row("ANY /error (html)", "public"),
            row("ANY /error", "public"),
            row("GET /", "everyone signed in"),
            row("GET /admin/sign-ins", "AD"),
            row("GET /api/v1/audits", "CR AU AN"),
            row("GET /api/v1/audits/{planId}", "CR AU AN"),
            row("GET /api/v1/audits/{planId}/estimates", "CR AU AN PCC"),
            row("GET /api/v1/audits/{planId}/imported/{itemId}", "CR AU"),
            row("GET /api/v1/audits/{planId}/sample", "CR AU"),
            row("GET /api/v1/crimes", "OF SU CR AU"),
            row("GET /api/v1/crimes/{force}/{year}/{number}", "OF SU CR AU"),
            row("GET /api/v1/crimes/{force}/{year}/{number}/outcomes", "OF SU CR AU"),
            row("GET /api/v1/crimes/{force}/{year}/{number}/victim", "OF SU CR VS AU"),
            row("GET /api/v1/decision-queue", "OF SU CR AU"),
            row("GET /api/v1/improvement-actions/progress", "CR AU AN PCC"),
            row("GET /api/v1/incidents", "CH OF SU CR AU"),
            row("GET /api/v1/incidents/types", "everyone signed in"),
            row("GET /api/v1/incidents/{reference}", "CH OF SU CR AU"),
            row("GET /api/v1/incidents/{reference}/decision", "CH OF SU CR AU"),
            row("GET /api/v1/integrity", "CR AU AN PCC"),
            row("GET /api/v1/ledger/verification", "CR AU AD"),
            row("GET /api/v1/outcomes/awaiting-authorisation", "SU CR"),
            row("GET /api/v1/outcomes/mix", "SU CR AU AN PCC"),
            row("GET /api/v1/outcomes/policies", "everyone signed in"),
            row("GET /api/v1/publication/police-uk/crime-categories", "public"),
            row("GET /api/v1/publication/police-uk/crimes-no-location", "public"),
            row("GET /api/v1/publication/police-uk/crimes-street-dates", "public"),
            row("GET /api/v1/publication/police-uk/crimes-street/{category}", "public"),
            row("GET /api/v1/publication/police-uk/files/{date}-outcomes.csv", "public"),
            row("GET /api/v1/publication/police-uk/files/{date}-street.csv", "public"),
            row("GET /api/v1/publication/police-uk/outcomes-for-crime/{crimeId}", "public"),
            row("GET /api/v1/publication/recorded-crime", "CR AU AN PCC"),
            row("GET /api/v1/publication/recorded-crime.csv", "CR AU AN PCC"),
            row("GET /api/v1/publication/trace/recorded-crime", "CR AU AN"),
            row("GET /api/v1/publication/trace/street-level", "CR AU AN"),
            row("GET /api/v1/reference/cancellation-classes", "public"),
            row("GET /api/v1/reference/class-successions", "public"),
            row("GET /api/v1/reference/offence-classifications", "public"),
            row("GET /api/v1/reference/offence-classifications/{code}", "public"),
            row("GET /api/v1/reference/offence-groups", "public"),
            row("GET /api/v1/reference/offence-lines", "public"),
            row("GET /api/v1/reference/outcome-groups", "public"),
            row("GET /api/v1/reference/outcome-types", "public"),
            row("GET /api/v1/reference/police-uk/crime-categories", "public"),
            row("GET /api/v1/reference/police-uk/outcome-categories", "public"),
            row("GET /api/v1/reference/trial-facts", "public"),
            row("GET /api/v1/reference/versions", "public"),
            row("GET /api/v1/reference/versions/{id}/changes", "public"),
            row("GET /api/v1/victims/code", "everyone signed in"),
            row("GET /api/v1/victims/compliance", "SU CR VS AU AN PCC"),
            row("GET /api/v1/victims/compliance.csv", "SU CR VS AU AN PCC"),
            row("GET /api/v1/victims/queue", "CR VS AU"),
            row("GET /api/v1/victims/satisfaction", "SU CR VS AU AN PCC"),
            row("GET /api/v1/victims/{victimId}", "OF SU CR VS AU"),
            row("GET /audits", "CR AU AN PCC"),
            row("GET /audits/{planId}", "CR AU"),
            row("GET /audits/{planId}/imported/{itemId}", "CR AU"),
            row("GET /audits/{planId}/incidents/{incidentId}", "CR AU"),
            row("GET /audits/{planId}/judgements.csv", "CR AU AN"),
            row("GET /audits/{planId}/report", "CR AU AN PCC"),
            row("GET /audits/{planId}/targeted", "CR AU"),
            row("GET /compliance/findings", "SU CR AU AN"),
            row("GET /compliance/findings.csv", "SU CR AU AN"),
            row("GET /compliance/rules", "everyone signed in"),
            row("GET /crimes", "OF SU CR AU"),
            row("GET /crimes/{f}/{y}/{n}", "OF SU CR AU"),
            row("GET /data-quality", "AN AD"),
            row("GET /data-quality.csv", "AN AD"),
            row("GET /decision-queue", "OF SU CR AU"),
            row("GET /imports/police-uk", "AN AD"),
            row("GET /imports/police-uk/runs/{id}", "AN AD"),
            row("GET /improvement-actions", "CR AU"),
            row("GET /improvement-actions/progress", "CR AU AN PCC"),
            row("GET /incidents", "CH OF SU CR AU"),
            row("GET /incidents/new", "CH OF SU"),
            row("GET /incidents/{reference}", "CH OF SU CR AU"),
            row("GET /incidents/{reference}/decision", "OF SU CR"),
            row("GET /integrity", "CR AU AN PCC"),
            row("GET /integrity/findings.csv", "CR AU AN PCC"),
            row("GET /integrity/indicators/{indicator}", "CR AU AN PCC"),
            row("GET /integrity/national", "CR AU AN PCC"),
            row("GET /ledger", "CR AU AD"),
            row("GET /outcomes/authorisations", "SU CR"),
            row("GET /outcomes/crimes/{f}/{y}/{n}", "OF SU CR AU"),
            row("GET /outcomes/statistics", "SU CR AU AN PCC"),
            row("GET /publication/trace", "CR AU AN"),
            row("GET /reference-data", "public"),
            row("GET /reference-data/cancellation-classes", "public"),
            row("GET /reference-data/offence-classifications", "public"),
            row("GET /reference-data/outcome-types", "public"),
            row("GET /reference-data/police-uk", "public"),
            row("GET /reference-data/versions", "public"),
            row("GET /reference-data/versions/{id}", "public"),
            row("GET /registrar", "SU CR AU"),
            row("GET /sign-in", "public"),
            row("GET /victims/compliance", "SU CR VS AU AN PCC"),
            row("GET /victims/compliance.csv", "SU CR VS AU AN PCC"),
            row("GET /victims/queue", "CR VS AU"),
            row("GET /victims/satisfaction", "SU CR VS AU AN PCC"),
            row("GET /victims/{victimId}", "OF SU CR VS AU"),
            row("POST /admin/sign-ins/{username}/unlock", "AD"),
            row("POST /api/v1/audits", "CR AU"),
            row("POST /api/v1/audits/{planId}/imported/{itemId}/judgements", "CR AU"),
            row("POST /api/v1/audits/{planId}/incidents/{incidentId}/judgements", "CR AU"),
            row("POST /api/v1/crimes/{force}/{year}/{number}/outcome-check", "OF SU CR"),
            row("POST /api/v1/crimes/{force}/{year}/{number}/outcomes", "OF SU CR"),
            row("POST /api/v1/crimes/{force}/{year}/{number}/reclassifications", "OF SU CR"),
            row("POST /api/v1/crimes/{force}/{year}/{number}/removals", "OF SU CR"),
            row("POST /api/v1/incidents", "CH OF SU"),
            row("POST /api/v1/incidents/first-contact", "OF SU"),
            row("POST /api/v1/incidents/{reference}/closure", "CH OF SU"),
            row("POST /api/v1/incidents/{reference}/counting-proposal", "OF SU CR"),
            row("POST /api/v1/incidents/{reference}/decision", "OF SU CR"),
            row("POST /api/v1/incidents/{reference}/updates", "CH OF SU"),
            row("POST /api/v1/outcomes/{id}/authorisation", "SU CR"),
            row("POST /api/v1/reclassifications/{id}/decision", "CR"),
            row("POST /api/v1/removals/{id}/decision", "CR"),
            row("POST /api/v1/victim-tasks/{taskId}/close", "OF SU VS"),
            row("POST /api/v1/victims/entitlements/open-missing", "AD"),
            row("POST /api/v1/victims/key-decisions", "OF SU CR"),
            row("POST /api/v1/victims/satisfaction-responses", "VS"),
            row("POST /api/v1/victims/{victimId}/contacts", "OF SU VS"),
            row("POST /api/v1/victims/{victimId}/needs-assessment", "OF SU VS"),
            row("POST /audits", "CR AU"),
            row("POST /audits/{planId}/imported/{itemId}", "CR AU"),
            row("POST /audits/{planId}/incidents/{incidentId}", "CR AU"),
            row("POST /compliance/runs", "CR AU"),
            row("POST /crimes/{f}/{y}/{n}/reclassifications", "OF SU CR"),
            row("POST /crimes/{f}/{y}/{n}/removals", "OF SU CR"),
            row("POST /crimes/{f}/{y}/{n}/victim", "OF SU CR VS AU"),
            row("POST /imports/police-uk", "AN AD"),
            row("POST /improvement-actions", "CR AU"),
            row("POST /improvement-actions/{id}", "CR AU"),
            row("POST /incidents", "CH OF SU"),
            row("POST /incidents/{reference}/closure", "CH OF SU"),
            row("POST /incidents/{reference}/decision", "OF SU CR"),
            row("POST /incidents/{reference}/updates", "CH OF SU"),
            row("POST /outcomes/crimes/{f}/{y}/{n}", "OF SU CR"),
            row("POST /outcomes/{id}/authorisation", "SU CR"),
            row("POST /registrar/reclassifications/{id}", "CR"),
            row("POST /registrar/removals/{id}", "CR"),
            row("POST /victims/satisfaction", "VS"),
            row("POST /victims/{victimId}/contacts", "OF SU VS"),
            row("POST /victims/{victimId}/needs-assessment", "OF SU VS"),
            row("POST /victims/{victimId}/preference", "OF SU VS"),
            row("POST /victims/{victimId}/tasks/{taskId}", "OF SU VS"),
            row("PUT /api/v1/victims/{victimId}/preference", "OF SU VS"));

    private AccessMatrix() {
    }

    private record Row(String endpoint, Set<Role> roles) {
    }

    private static Row row(String endpoint, String roles) {
        if (roles.equals("public")) {
            return new Row(endpoint, PUBLIC);
        }
        if (roles.equals("everyone signed in")) {
            return new Row(endpoint, EnumSet.allOf(Role.class));
        }
        Set<Role> set = EnumSet.noneOf(Role.class);
        for (String code : roles.split(" ")) {
            Role role = SHORT.get(code);
            if (role == null) {
                throw new IllegalArgumentException("Unknown role code " + code + " in the row for " + endpoint);
            }
            set.add(role);
        }
        return new Row(endpoint, set);
    }

    private static Map<String, Set<Role>> rows(Row... rows) {
        Map<String, Set<Role>> map = new TreeMap<>();
        for (Row row : rows) {
            if (map.put(row.endpoint(), row.roles()) != null) {
                throw new IllegalArgumentException("Two rows for " + row.endpoint());
            }
        }
        return Collections.unmodifiableMap(map);
    }

    static String describe(Set<Role> roles) {
        if (roles == PUBLIC) {
            return "public";
        }
        if (roles.isEmpty()) {
            return "nobody (no @PreAuthorize)";
        }
        if (roles.equals(EnumSet.allOf(Role.class))) {
            return "everyone signed in";
        }
        Map<Role, String> codes = SHORT.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        return Arrays.stream(Role.values()).filter(roles::contains).map(codes::get).collect(Collectors.joining(" "));
    }
}
