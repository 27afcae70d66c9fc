package org.crimeledger.standards;

import java.util.Optional;

/** How an offence may be tried, as the notifiable offence list marks each line (column "mode"). */
public enum ModeOfTrial {
    /** Crown Court only ("I"); out-of-court disposals are not available for these offences. */
    INDICTABLE_ONLY("I"),
    /** Either the magistrates' court or the Crown Court ("E"). */
    EITHER_WAY("E"),
    /** Magistrates' court only ("S"). */
    SUMMARY("S");

    private final String listMark;

    ModeOfTrial(String listMark) {
        this.listMark = listMark;
    }

    /** The letter the Home Office list uses: I, E or S. */
    public String listMark() {
        return listMark;
    }

    public static Optional<ModeOfTrial> fromListMark(String mark) {
        for (ModeOfTrial mode : values()) {
            if (mode.listMark.equals(mark)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
