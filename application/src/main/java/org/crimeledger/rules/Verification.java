package org.crimeledger.rules;

/** How sure the catalogue is of a rule, with the confidence tags of the domain reference. */
public enum Verification {
    /** Stated in the primary text cited ([S]). */
    VERIFIED("[S]"),
    /** Consistent with the cited material, but the primary wording could not be read ([K]): keep configurable. */
    KNOWN("[K]"),
    /** Derived or inferred from published material, or the project's own judgement ([D]). */
    DERIVED("[D]");

    private final String tag;

    Verification(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }
}
