package org.crimeledger.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crimeledger.security.Role;
import org.junit.jupiter.api.Test;

/**
 * Each outcome policy from one acceptable outcome plus one minimal change that the policy catches. The
 * policies here mirror the {@code outcome_policy} rows (a database test checks the rows themselves).
 */
class OutcomePoliciesTests {

    static final List<OutcomePolicy> POLICIES = List.of(
            new OutcomePolicy(OutcomePolicyCode.OUT_OF_COURT_INDICTABLE_ONLY, "Indictable only",
                    List.of("2", "2A", "3", "3A", "6", "7", "8"), List.of(Role.CRIME_REGISTRAR), null, "ref"),
            new OutcomePolicy(OutcomePolicyCode.COMMUNITY_RESOLUTION_DOMESTIC_ABUSE, "Community resolution DA",
                    List.of("8"), List.of(Role.SUPERVISOR, Role.CRIME_REGISTRAR), null, "ref"),
            new OutcomePolicy(OutcomePolicyCode.SIGNIFICANT_OFFENDING_HISTORY, "Offending history",
                    List.of("2", "2A", "3", "3A", "6"), List.of(Role.SUPERVISOR, Role.CRIME_REGISTRAR), 3, "ref"),
            new OutcomePolicy(OutcomePolicyCode.TIC_NAMES_THE_CASE, "TIC names the case", List.of("4"), List.of(), null,
                    "ref"));

    /** An adult caution for a common assault by someone with one previous offence: no policy is engaged. */
    static OutcomeCase baseline() {
        return new OutcomeCase("3", "105A", false, List.of(), 1, null);
    }

    static List<PolicyFinding> check(OutcomeCase outcome) {
        return OutcomePolicies.check(outcome, POLICIES);
    }

    @Test
    void theBaselineCautionEngagesNoPolicy() {
        assertThat(check(baseline())).isEmpty();
    }

    @Test
    void aCautionForAnIndictableOnlyOffenceNeedsSeniorAuthorisation() {
        var base = baseline();
        var findings = check(new OutcomeCase(base.outcomeType(), "34B", true, base.flags(), base.previousOffences(), null));
        assertThat(findings).extracting(f -> f.policy().code()).containsExactly(OutcomePolicyCode.OUT_OF_COURT_INDICTABLE_ONLY);
        assertThat(findings.get(0).kind()).isEqualTo(PolicyFinding.Kind.AUTHORISATION_NEEDED);
    }

    @Test
    void aChargeForAnIndictableOnlyOffenceNeedsNothing() {
        assertThat(check(new OutcomeCase("1", "34B", true, List.of(), null, null))).isEmpty();
    }

    @Test
    void aCommunityResolutionForDomesticAbuseNeedsASupervisor() {
        var findings = check(new OutcomeCase("8", "105A", false, List.of("DOMESTIC_ABUSE"), null, null));
        assertThat(findings).extracting(f -> f.policy().code())
                .containsExactly(OutcomePolicyCode.COMMUNITY_RESOLUTION_DOMESTIC_ABUSE);
        assertThat(check(new OutcomeCase("8", "105A", false, List.of(), null, null))).isEmpty();
    }

    @Test
    void aCautionForSomeoneWithASignificantOffendingHistoryNeedsAuthorisation() {
        assertThat(check(new OutcomeCase("3", "105A", false, List.of(), 2, null))).isEmpty();
        var findings = check(new OutcomeCase("3", "105A", false, List.of(), 3, null));
        assertThat(findings).extracting(f -> f.policy().code())
                .containsExactly(OutcomePolicyCode.SIGNIFICANT_OFFENDING_HISTORY);
        assertThat(check(new OutcomeCase("6", "105A", false, List.of(), 12, null))).hasSize(1);
    }

    @Test
    void aCautionWithoutTheOffendingHistoryStatedCannotBeChecked() {
        var findings = check(new OutcomeCase("3", "105A", false, List.of(), null, null));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(PolicyFinding.Kind.NOT_MET);
            assertThat(f.field()).isEqualTo("previousOffences");
        });
    }

    @Test
    void aTakenIntoConsiderationOutcomeMustNameItsCase() {
        assertThat(check(new OutcomeCase("4", "49", false, List.of(), null, "T20267001"))).isEmpty();
        assertThat(check(new OutcomeCase("4", "49", false, List.of(), null, " "))).singleElement()
                .satisfies(f -> assertThat(f.field()).isEqualTo("ticCaseReference"));
    }

    @Test
    void policiesAddUp() {
        var findings = check(new OutcomeCase("8", "34B", true, List.of("DOMESTIC_ABUSE"), null, null));
        assertThat(findings).extracting(f -> f.policy().code()).containsExactly(
                OutcomePolicyCode.OUT_OF_COURT_INDICTABLE_ONLY, OutcomePolicyCode.COMMUNITY_RESOLUTION_DOMESTIC_ABUSE);
    }
}
