package org.crimeledger.standards;

import java.util.Set;

/**
 * A counting class's modes of trial and longest maximum sentence on a date, taken from its current offence lines
 * (from the imported list in force then, or from the built-in table's NOL26 facts before any list is imported).
 *
 * @param modes the modes of trial of the class's current lines
 * @param longestSentence the longest maximum sentence among them
 */
public record TrialFacts(String classCode, Set<ModeOfTrial> modes, MaximumSentence longestSentence) {

    /** Every current line of the class is triable on indictment only (murder, rape, robbery ...). */
    public boolean indictableOnly() {
        return modes.equals(Set.of(ModeOfTrial.INDICTABLE_ONLY));
    }

    /** At least one current line of the class is triable on indictment only; the offence line then decides. */
    public boolean mayBeIndictableOnly() {
        return modes.contains(ModeOfTrial.INDICTABLE_ONLY);
    }
}
