package org.crimeledger.rules;

import java.util.Objects;

/**
 * Something about a report the recorder must look at; counting never throws for what an officer reported.
 *
 * @param code the rule that found it, which carries the message and the official reference
 * @param detail what was found in this report, in plain English
 */
public record Finding(CountingRuleCode code, String detail) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }

    public CountingRuleCode.Severity severity() {
        return code.severity();
    }

    public String message() {
        return code.message();
    }

    public String reference() {
        return code.reference();
    }
}
