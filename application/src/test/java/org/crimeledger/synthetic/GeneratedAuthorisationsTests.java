package org.crimeledger.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.crimeledger.DatabaseTest;
import org.crimeledger.ledger.LedgerVerification;
import org.crimeledger.ledger.LedgerVerifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A generated force's outcomes carry the authorisations a real force's would: every outcome the outcome policies
 * (V13 {@code outcome_policy}) hold for an authorisation names the policies and has one granted authorisation for
 * each, by a role the policy allows, when it was applied; no other outcome has any. What needs one is judged here
 * from the reference data and the crime's flags, not from the generator's own reckoning. A year of Demoshire in a
 * database of its own, CID disposing of a fifth of its indictable-only offences out of court so that policy is
 * exercised often.
 */
@DatabaseTest
@TestPropertySource(properties = {"crimeledger.test.database=synthetic-authorisations",
        "crimeledger.demo.synthetic-incidents=0"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedAuthorisationsTests {

    /** What the policies need, from the outcome, the reference data and the crime's flags. */
    private static final String NEEDED = """
            select o.id, o.status, o.applied_at, o.needs_authorisation,
                   array_remove(array[
                       case when o.outcome_type_code in ('2', '2A', '3', '3A', '6', '7', '8') and exists (
                                select 1 from indictable_only_offence x where x.classification_code = c.classification_code)
                            then 'OUT_OF_COURT_INDICTABLE_ONLY' end,
                       case when o.outcome_type_code = '8' and 'DOMESTIC_ABUSE' = any (c.flags)
                            then 'COMMUNITY_RESOLUTION_DOMESTIC_ABUSE' end], null) as needed
            from crime_outcome o join crime c on c.id = o.crime_id""";

    @Autowired
    Generating generating;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LedgerVerifier verifier;

    @BeforeAll
    void generateAYear() {
        generating.generate(SyntheticForce.demoshire().withIncidents(15_000).withPeriod(LocalDate.of(2024, 1, 1), 365)
                .withTeamOutcomeGaming("CID", new OutcomeGaming(0, 0.2, 0, 0)));
    }

    @Test
    void bothPoliciesAreNeededByGeneratedOutcomes() {
        assertThat(count("select count(*) from (" + NEEDED + ") n where 'OUT_OF_COURT_INDICTABLE_ONLY' = any (needed)"))
                .isGreaterThanOrEqualTo(5);
        assertThat(count("select count(*) from (" + NEEDED + ") n where 'COMMUNITY_RESOLUTION_DOMESTIC_ABUSE' = any (needed)"))
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void everyOutcomeNamesExactlyThePoliciesThatNeedAnAuthorisation() {
        assertThat(count("select count(*) from (" + NEEDED + ") n where not (needs_authorisation @> needed "
                + "and needed @> needs_authorisation)")).isZero();
    }

    @Test
    void eachPolicyNeededHasOneGrantedAuthorisationByARoleItAllowsWhenTheOutcomeWasApplied() {
        assertThat(count("select count(*) from (" + NEEDED + ") n where status <> 'APPLIED'")).isZero();
        // each policy an outcome needs: exactly one authorisation, granted, by an allowed role, at the time applied
        assertThat(count("""
                select count(*) from (%s) n cross join unnest(n.needed) as policy
                where (select count(*) from outcome_authorisation a join outcome_policy p on p.code = a.policy_code
                       where a.outcome_id = n.id and a.policy_code = policy and a.granted
                         and a.authorised_role = any (p.authorising_roles) and a.authorised_at = n.applied_at
                         and length(a.note) > 0) <> 1""".formatted(NEEDED))).isZero();
        // and nothing else is authorised
        assertThat(count("""
                select count(*) from outcome_authorisation a join crime_outcome o on o.id = a.outcome_id
                where not a.policy_code = any (o.needs_authorisation)""")).isZero();
        assertThat(count("select count(*) from outcome_authorisation"))
                .isEqualTo(count("select coalesce(sum(cardinality(needs_authorisation)), 0) from crime_outcome"));
    }

    @Test
    void theLedgerStaysIntact() {
        LedgerVerification verification = verifier.verify();
        assertThat(verification.intact()).as(verification.summary()).isTrue();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
