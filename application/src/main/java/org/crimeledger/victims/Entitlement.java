package org.crimeledger.victims;

/**
 * The Victims' Code entitlements this service tracks as tasks. The codes are those of the
 * {@code victim_entitlement} table, which holds their names, rights and working-day limits; a test keeps
 * the two in step.
 */
public enum Entitlement {
    WRITTEN_ACKNOWLEDGEMENT,
    NEEDS_ASSESSMENT,
    REFERRAL_TO_SUPPORT,
    VPS_OFFER,
    UPDATE_ON_DECISION,
    TOLD_NOT_RECORDED,
    TOLD_NOT_INVESTIGATED,
    TOLD_INVESTIGATION_ENDED,
    OFFENDER_INFORMATION
}
