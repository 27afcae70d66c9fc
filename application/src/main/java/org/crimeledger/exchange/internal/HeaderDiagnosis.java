package org.crimeledger.exchange.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.crimeledger.exchange.PoliceUkFileKind;

/**
 * Says what is wrong with a first line that is not a data.police.uk header: text in another encoding, bytes that are
 * not text, or the header of one of the three kinds with columns missing, added, repeated or out of order. The person
 * importing learns what to fix instead of comparing two lines of column names by eye.
 */
final class HeaderDiagnosis {

    private static final char REPLACEMENT = '\uFFFD';

    private HeaderDiagnosis() {
    }

    static String describe(List<String> found) {
        String line = String.join(",", found);
        if (line.indexOf('\u0000') >= 0) {
            return "line 1 holds NUL characters between its letters: the file looks like UTF-16 (or is not text);"
                    + " data.police.uk files are UTF-8, so save it as UTF-8 CSV";
        }
        long unreadable = line.chars().filter(c -> c == REPLACEMENT || Character.isISOControl(c) && c != '\t').count();
        if (unreadable > 0) {
            return "line 1 is not text: " + unreadable + " of its " + line.length() + " characters are bytes that are"
                    + " not UTF-8 or control characters, so this is not a data.police.uk CSV file (a binary file, or"
                    + " text in another encoding)";
        }
        PoliceUkFileKind closest = java.util.Arrays.stream(PoliceUkFileKind.values())
                .max(Comparator.comparingInt(kind -> likeness(kind.header(), found))).orElseThrow();
        List<String> expected = closest.header();
        Set<String> shared = new LinkedHashSet<>(expected);
        shared.retainAll(found);
        if (shared.size() * 2 < expected.size()) {
            return "line 1 is not a data.police.uk header: found \"" + abbreviate(line)
                    + "\"; expected the street, outcomes or stop-and-search header (domain.md 8.2)";
        }
        List<String> problems = new ArrayList<>();
        List<String> missing = expected.stream().filter(column -> !found.contains(column)).toList();
        if (!missing.isEmpty()) {
            problems.add("lacks " + quoted(missing));
        }
        List<String> unexpected = found.stream().filter(column -> !expected.contains(column)).distinct().toList();
        if (!unexpected.isEmpty()) {
            problems.add("has " + quoted(unexpected) + ", which the header does not");
        }
        List<String> repeated = found.stream().filter(column -> expected.contains(column))
                .filter(column -> found.indexOf(column) != found.lastIndexOf(column)).distinct().toList();
        if (!repeated.isEmpty()) {
            problems.add("repeats " + quoted(repeated));
        }
        if (problems.isEmpty()) {
            int at = 0;
            while (at < expected.size() && expected.get(at).equals(found.get(at))) {
                at++;
            }
            problems.add("has its columns in another order: column " + (at + 1) + " is \"" + found.get(at)
                    + "\" where \"" + expected.get(at) + "\" belongs");
        }
        return "line 1 is the " + closest.code() + " header but " + String.join("; ", problems)
                + " (expected \"" + String.join(",", expected) + "\", domain.md 8.2)";
    }

    /** Columns in common, less those missing and those added: the kind the header was most likely meant to be. */
    private static int likeness(List<String> expected, List<String> found) {
        int shared = (int) expected.stream().filter(found::contains).count();
        int missing = expected.size() - shared;
        int added = (int) found.stream().filter(column -> !expected.contains(column)).count();
        return shared - missing - added;
    }

    private static String quoted(List<String> columns) {
        return (columns.size() == 1 ? "the column " : "the columns ")
                + columns.stream().map(column -> "\"" + abbreviate(column) + "\"").collect(Collectors.joining(", "));
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }
}
