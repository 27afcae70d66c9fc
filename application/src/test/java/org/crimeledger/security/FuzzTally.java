package org.crimeledger.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Counts a fuzz run's answers by kind of damage and status, and keeps the first bad answer of each sort. */
final class FuzzTally {

    /** Details that say nothing about what was wrong: the framework's defaults. */
    static final Set<String> GENERIC = Set.of("Failed to read request", "Invalid request content.",
            "The request is not valid", "Bad Request", "Internal Server Error");

    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\bat [a-z]+\\.[a-zA-Z.$]+\\(|org\\.springframework|org\\.postgresql|org\\.crimeledger\\.|"
                    + "java\\.lang|tools\\.jackson|SQLState|PSQL|\\bselect .* from\\b", Pattern.CASE_INSENSITIVE);

    private final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
    private final Map<String, String> failures = new LinkedHashMap<>();
    private int failureCount;

    static boolean leaks(String body) {
        return INTERNALS.matcher(body.length() > 20_000 ? body.substring(0, 20_000) : body).find();
    }

    /**
     * Whether the answer shows internals beyond the client's own input: a refusal may quote the rejected value
     * (for example "1; select pg_sleep(5)"), which is not a leak, so the injections the request carried are taken
     * out of the answer before it is searched.
     */
    static boolean leaks(String body, String sent) {
        String answer = body;
        for (String injection : JsonMutations.INJECTIONS) {
            if (sent.contains(injection) || sent.contains(injection.replace("\"", "\\\""))) {
                answer = answer.replace(injection, "").replace(injection.replace("\"", "\\\""), "");
            }
        }
        return leaks(answer);
    }

    void count(Enum<?> kind, int status) {
        statuses.computeIfAbsent(kind.name(), k -> new TreeMap<>()).merge(status, 1, Integer::sum);
    }

    void failure(Enum<?> kind, String what) {
        failureCount++;
        String key = what.replaceAll("[0-9]+", "#");
        failures.putIfAbsent(key.length() > 120 ? key.substring(0, 120) : key, kind + " " + what);
    }

    Map<String, String> failures() {
        return failures;
    }

    void print(String title, int total, long seed) {
        Map<Integer, Integer> byStatus = new TreeMap<>();
        statuses.values().forEach(map -> map.forEach((status, n) -> byStatus.merge(status, n, Integer::sum)));
        StringBuilder out = new StringBuilder("\n" + title + ": " + total + " inputs, seed " + seed
                + ", bad answers " + failureCount + "\n  by status: " + byStatus + "\n");
        statuses.forEach((kind, map) -> out.append("  ").append(kind).append(": ").append(map).append('\n'));
        failures.values().forEach(failure -> out.append("  BAD ").append(failure).append('\n'));
        System.out.println(out);
    }
}
