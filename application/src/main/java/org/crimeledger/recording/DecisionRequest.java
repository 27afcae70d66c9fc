package org.crimeledger.recording;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A crime-recording decision as the decider states it: what was decided, on what information, and
 * for recorded crimes the victims first, then the offences against them. Offences name their victims
 * by position in {@code victims} (0 is the first), so the counting rules can apply one crime per victim.
 * {@code warningsReason} is the decider's reason for going ahead despite warnings of the Crime Recording Rules.
 */
public record DecisionRequest(
        @NotNull(message = "Choose the decision") DecisionKind kind,
        @NotBlank(message = "Say what information the decision was made on") @Size(max = 5000) String informationBasis,
        String noCrimeReason,
        @Size(max = 5000) String explanation,
        String n100Subcode,
        @Size(max = 200) String transferForce,
        @Valid List<VictimInput> victims,
        @Valid List<OffenceInput> offences,
        Instant offenceFrom,
        Instant offenceTo,
        List<String> flags,
        @Valid List<SuspectInput> suspects,
        @NotNull(message = "Give the version of the incident you last saw") Integer version,
        @Size(max = 5000) String warningsReason) {

    public DecisionRequest {
        victims = victims == null ? List.of() : List.copyOf(victims);
        offences = offences == null ? List.of() : List.copyOf(offences);
        flags = flags == null ? List.of() : List.copyOf(flags);
        suspects = suspects == null ? List.of() : List.copyOf(suspects);
    }

    /** A request that gives no reason for going ahead despite rule warnings ({@link DecisionScreening}). */
    public DecisionRequest(DecisionKind kind, String informationBasis, String noCrimeReason, String explanation,
            String n100Subcode, String transferForce, List<VictimInput> victims, List<OffenceInput> offences,
            Instant offenceFrom, Instant offenceTo, List<String> flags, List<SuspectInput> suspects, Integer version) {
        this(kind, informationBasis, noCrimeReason, explanation, n100Subcode, transferForce, victims, offences,
                offenceFrom, offenceTo, flags, suspects, version, null);
    }

    /** The same decision on the given version of the incident (a new incident's, when recorded at first contact). */
    public DecisionRequest onVersion(int incidentVersion) {
        return new DecisionRequest(kind, informationBasis, noCrimeReason, explanation, n100Subcode, transferForce,
                victims, offences, offenceFrom, offenceTo, flags, suspects, incidentVersion, warningsReason);
    }

    /** A victim's details; personal data, read back only for a stated purpose. */
    public record VictimInput(@NotBlank(message = "Enter the victim's name") @Size(max = 200) String name,
            LocalDate dateOfBirth, @Size(max = 500) String contact) {
    }

    /**
     * One offence reported.
     *
     * @param victims positions in the request's victims; empty for an offence against the State
     * @param offenderGroup offenders acting together share a group; null means the report's one group
     */
    public record OffenceInput(@NotBlank(message = "Choose the classification") String classificationCode,
            List<Integer> victims, String offenderGroup) {

        public OffenceInput {
            victims = victims == null ? List.of() : List.copyOf(victims);
        }
    }

    /** A suspect, by name if known or else by description. */
    public record SuspectInput(@Size(max = 200) String name, @Size(max = 1000) String description) {
    }
}
