package org.crimeledger.standards;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A maximum sentence as the notifiable offence list publishes it: years ("14", "14 yrs"), months ("6m",
 * "6 months"), weeks ("51 weeks"), "Life", a fine only ("fine"), or "?" where the list gives none.
 *
 * @param published the text as published
 * @param months the custodial maximum in whole months (weeks rounded down); 0 for a fine only; null for life or unknown
 * @param life whether the maximum is life imprisonment
 */
public record MaximumSentence(String published, Integer months, boolean life) implements Comparable<MaximumSentence> {

    private static final Pattern YEARS = Pattern.compile("(\\d{1,2})(?:\\s*(?:yrs?|years?))?");
    private static final Pattern MONTHS = Pattern.compile("(\\d{1,2})\\s*(?:m|months?)");
    private static final Pattern WEEKS = Pattern.compile("(\\d{1,3})\\s*weeks?");

    private static final Comparator<MaximumSentence> ORDER = Comparator
            .comparing(MaximumSentence::life)
            .thenComparing(s -> s.months == null ? -1 : s.months);

    /** Reads the published text; empty when it is not one of the published forms. */
    public static Optional<MaximumSentence> parse(String text) {
        String t = text == null ? "" : text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("life")) {
            return Optional.of(new MaximumSentence(t, null, true));
        }
        if (lower.equals("fine")) {
            return Optional.of(new MaximumSentence(t, 0, false));
        }
        if (t.equals("?")) {
            return Optional.of(new MaximumSentence(t, null, false));
        }
        Matcher m = YEARS.matcher(lower);
        if (m.matches()) {
            return Optional.of(new MaximumSentence(t, Integer.parseInt(m.group(1)) * 12, false));
        }
        m = MONTHS.matcher(lower);
        if (m.matches()) {
            return Optional.of(new MaximumSentence(t, Integer.parseInt(m.group(1)), false));
        }
        m = WEEKS.matcher(lower);
        if (m.matches()) {
            return Optional.of(new MaximumSentence(t, Integer.parseInt(m.group(1)) * 12 / 52, false));
        }
        return Optional.empty();
    }

    /** Whether the list gives a maximum at all ("?" does not). */
    public boolean known() {
        return life || months != null;
    }

    /** Whether the maximum is at least the given number of years' custody (life always is). */
    public boolean atLeastYears(int years) {
        return life || (months != null && months >= years * 12);
    }

    /** Shorter sentences first, life last; an unknown maximum sorts below every known one. */
    @Override
    public int compareTo(MaximumSentence other) {
        return ORDER.compare(this, other);
    }
}
