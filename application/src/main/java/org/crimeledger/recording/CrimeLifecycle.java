package org.crimeledger.recording;

import static org.crimeledger.recording.CrimeStatus.CANCELLED;
import static org.crimeledger.recording.CrimeStatus.FINALISED;
import static org.crimeledger.recording.CrimeStatus.RECORDED;
import static org.crimeledger.recording.CrimeStatus.TRANSFERRED;
import static org.crimeledger.recording.CrimeStatus.UNDER_INVESTIGATION;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The only moves a crime record may make between statuses; anything else is refused. Cancelled and
 * transferred are final: a wrongly cancelled crime is recorded again, so the first decision stays visible.
 * Drawn in {@code docs/crime-lifecycle.md}, which a test keeps in step with this table.
 */
public final class CrimeLifecycle {

    private static final Map<CrimeStatus, Set<CrimeStatus>> ALLOWED = new EnumMap<>(CrimeStatus.class);

    static {
        ALLOWED.put(RECORDED, EnumSet.of(UNDER_INVESTIGATION, FINALISED, CANCELLED, TRANSFERRED));
        ALLOWED.put(UNDER_INVESTIGATION, EnumSet.of(FINALISED, CANCELLED, TRANSFERRED));
        ALLOWED.put(FINALISED, EnumSet.of(UNDER_INVESTIGATION, CANCELLED, TRANSFERRED));
        ALLOWED.put(CANCELLED, EnumSet.noneOf(CrimeStatus.class));
        ALLOWED.put(TRANSFERRED, EnumSet.noneOf(CrimeStatus.class));
    }

    private CrimeLifecycle() {
    }

    public static boolean allows(CrimeStatus from, CrimeStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    public static EnumSet<CrimeStatus> nextFrom(CrimeStatus from) {
        return EnumSet.copyOf(ALLOWED.get(from));
    }

    /** The table as a Mermaid state diagram, for the documentation. */
    public static String mermaid() {
        String transitions = ALLOWED.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(to -> "    " + entry.getKey() + " --> " + to))
                .collect(Collectors.joining("\n"));
        return "stateDiagram-v2\n    [*] --> RECORDED\n" + transitions + "\n    CANCELLED --> [*]\n    TRANSFERRED --> [*]\n";
    }
}
