package org.crimeledger.victims;

/**
 * What the needs assessment finds about a victim that the crime's record cannot show; each gives enhanced
 * rights through the {@code enhanced_rights_criterion} row of the same code.
 */
public enum VictimFlag {
    VULNERABLE,
    INTIMIDATED,
    PERSISTENTLY_TARGETED
}
