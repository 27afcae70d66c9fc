package org.crimeledger.victims;

import java.util.List;

/** What the enhanced-rights criteria look at: the crime's classification, group and flags, and the victim's age. */
public record VictimCircumstances(String classificationCode, String offenceGroupCode, List<String> flags,
        Integer ageAtRecording) {
}
