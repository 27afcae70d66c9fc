package org.crimeledger.recording;

/**
 * Where a crime record stands. A cancelled or transferred crime stays on the system and in the
 * history, audit and cancellation statistics; it only leaves the count of recorded crime.
 */
public enum CrimeStatus {
    RECORDED("Recorded", "Recorded under the Crime Recording Rules; no investigation step yet.", true),
    UNDER_INVESTIGATION("Under investigation", "Being investigated.", true),
    FINALISED("Finalised", "Closed with a Home Office outcome type.", true),
    CANCELLED("Cancelled", "Removed from the count on a cancellation class C2 to C5, decided by a registrar.", false),
    TRANSFERRED("Transferred", "Passed to the force where it happened (C1); it counts there, not here.", false);

    private final String label;
    private final String meaning;
    private final boolean countsInRecordedCrime;

    CrimeStatus(String label, String meaning, boolean countsInRecordedCrime) {
        this.label = label;
        this.meaning = meaning;
        this.countsInRecordedCrime = countsInRecordedCrime;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    public boolean countsInRecordedCrime() {
        return countsInRecordedCrime;
    }
}
