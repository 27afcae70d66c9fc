package org.crimeledger.standards;

import java.time.LocalDate;

/**
 * One line of a Home Office notifiable offence list: an offence with its Home Office code, counting class, Act
 * and section, mode of trial and maximum sentence.
 *
 * @param hoCode the Home Office classification, for example {@code 008/67}
 * @param classCode the counting class, for example {@code 8U}; null on the few lines the list files under
 *                  "various sub classes"
 * @param current whether the line is current in its list (deleted lines stay in the list marked not current)
 * @param commencement when the offence came into force, where the list gives a readable date
 * @param cessation when the offence ceased, where the list gives a readable date
 */
public record OffenceLine(
        String financialYear,
        String hoCode,
        String classCode,
        String offence,
        String act,
        String section,
        ModeOfTrial modeOfTrial,
        MaximumSentence maximumSentence,
        String victimOrState,
        boolean current,
        LocalDate commencement,
        LocalDate cessation) {

    /** Whether this line may be dealt with out of court: not when it is triable on indictment only. */
    public boolean indictableOnly() {
        return modeOfTrial == ModeOfTrial.INDICTABLE_ONLY;
    }
}
