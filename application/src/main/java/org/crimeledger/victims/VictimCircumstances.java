package org.crimeledger.victims;

import java.util.List;
import java.util.Set;

/**
 * What the enhanced-rights criteria look at: the crime's classification, group and flags, the victim's age, and
 * the flags of the victim's latest needs assessment.
 */
public record VictimCircumstances(String classificationCode, String offenceGroupCode, List<String> flags,
        Integer ageAtRecording, Set<VictimFlag> victimFlags) {

    /** Before any needs assessment. */
    public VictimCircumstances(String classificationCode, String offenceGroupCode, List<String> flags,
            Integer ageAtRecording) {
        this(classificationCode, offenceGroupCode, flags, ageAtRecording, Set.of());
    }
}
