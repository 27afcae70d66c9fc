package org.crimeledger.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A report to count, built from one valid baseline, an assault without injury on one victim, plus the one
 * change a test is about. Changes apply to the offence added last.
 */
final class ReportedOffences {

    static final String VICTIM = "victim-1";

    private final List<ReportedOffence> offences;

    private ReportedOffences(List<ReportedOffence> offences) {
        this.offences = List.copyOf(offences);
    }

    static ReportedOffences assaultOnOneVictim() {
        return new ReportedOffences(List.of(ReportedOffence.against(Classifications.ASSAULT_WITHOUT_INJURY, VICTIM)));
    }

    static ReportedOffences nothing() {
        return new ReportedOffences(List.of());
    }

    /** Another offence against the baseline's victims by the same offenders. */
    ReportedOffences and(Classification classification) {
        Set<String> victims = offences.isEmpty() ? Set.of(VICTIM) : offences.get(0).victims();
        return and(new ReportedOffence(classification, null, victims, ReportedOffence.ONE_OFFENDER_GROUP));
    }

    ReportedOffences and(ReportedOffence offence) {
        List<ReportedOffence> more = new ArrayList<>(offences);
        more.add(offence);
        return new ReportedOffences(more);
    }

    ReportedOffences andAgainstTheState(Classification classification) {
        return and(ReportedOffence.againstTheState(classification));
    }

    ReportedOffences instead(Classification classification) {
        return last(offence -> new ReportedOffence(classification, offence.offenceLine(), offence.victims(),
                offence.offenderGroup()));
    }

    ReportedOffences onLine(String offenceLine) {
        return last(offence -> offence.onOffenceLine(offenceLine));
    }

    ReportedOffences against(String... victims) {
        return last(offence -> new ReportedOffence(offence.classification(), offence.offenceLine(),
                new LinkedHashSet<>(List.of(victims)), offence.offenderGroup()));
    }

    ReportedOffences withoutAVictim() {
        return against();
    }

    ReportedOffences by(String offenderGroup) {
        return last(offence -> offence.byOffenderGroup(offenderGroup));
    }

    List<ReportedOffence> offences() {
        return offences;
    }

    CountingDecision counted() {
        return CountingRules.apply(offences);
    }

    private ReportedOffences last(UnaryOperator<ReportedOffence> change) {
        List<ReportedOffence> changed = new ArrayList<>(offences);
        changed.set(changed.size() - 1, change.apply(changed.get(changed.size() - 1)));
        return new ReportedOffences(changed);
    }
}
