package org.crimeledger.standards;

/** The classes under which a recorded crime may be transferred or cancelled (CRR26 pp.25-26; OUT26 pp.26-29). */
public enum CancellationClass {
    /** Transferred: committed outside the force's jurisdiction; needs the receiving force's crime reference first. */
    C1(true, true, false),
    /** Cancelled: additional verifiable information shows no notifiable crime occurred. */
    C2(false, true, true),
    /** Cancelled: duplicate of, or part of, a crime already recorded. */
    C3(false, false, false),
    /** Cancelled: recorded in error. */
    C4(false, false, false),
    /** Cancelled: self-defence, for 8N (section 47 ABH only), 104 and 105A; a trained DDM or the FCR decides. */
    C5(false, true, true);

    private final boolean transfer;
    private final boolean victimToldBeforeRemoval;
    private final boolean needsAdditionalVerifiableInformation;

    CancellationClass(boolean transfer, boolean victimToldBeforeRemoval, boolean needsAdditionalVerifiableInformation) {
        this.transfer = transfer;
        this.victimToldBeforeRemoval = victimToldBeforeRemoval;
        this.needsAdditionalVerifiableInformation = needsAdditionalVerifiableInformation;
    }

    /** Whether the crime moves to another force rather than leaving the statistics altogether. */
    public boolean isTransfer() {
        return transfer;
    }

    /** Whether the victim must be told, with an auditable record, before the crime is removed (CRR26 p.26). */
    public boolean victimToldBeforeRemoval() {
        return victimToldBeforeRemoval;
    }

    /** Whether the ground is additional verifiable information about the crime itself (OUT26 p.28). */
    public boolean needsAdditionalVerifiableInformation() {
        return needsAdditionalVerifiableInformation;
    }
}
