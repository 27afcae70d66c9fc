package org.crimeledger.integrity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.crimeledger.DatabaseTest;
import org.crimeledger.integrity.IntegrityChecks;
import org.crimeledger.integrity.StoredReports;
import org.crimeledger.reliability.SingleRunJobs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The scheduled recomputation runs once however many instances fire it, and the dashboard, the JSON and the indicator
 * pages then read the stored report (never counting) and say when it was computed. Its own database, so the stored
 * reports are its alone.
 */
@DatabaseTest
@TestPropertySource(properties = "crimeledger.test.database=integrity-stored")
class IntegrityRecomputationTests {

    @Autowired
    StoredReports reports;

    @Autowired
    IntegrityChecks checks;

    @Autowired
    SingleRunJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void twoSchedulersFiringTogetherRecomputeOnceAndThePagesReadTheStoredReport() throws Exception {
        Instant slot = Instant.parse("2026-11-27T10:10:00Z");
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Boolean>> instances = List.of(1, 2).stream()
                .map(instance -> new IntegrityRecomputation(reports, checks, jobs))
                .map(job -> CompletableFuture.supplyAsync(() -> {
                    await(go);
                    return job.recompute(slot);
                })).toList();
        go.countDown();
        List<Boolean> ran = instances.stream().map(CompletableFuture::join).toList();

        assertThat(ran).containsExactlyInAnyOrder(true, false);
        YearMonth month = checks.lastCompleteMonth();
        assertThat(jdbc.sql("select level || ' ' || pseudonymised from integrity_report where as_of = ? and scheduled order by 1")
                .param(month.atDay(1)).query(String.class).list())
                .containsExactly("OFFICER false", "OFFICER true", "STATION false", "TEAM false");
        assertThat(reports.scheduledFor(month)).isTrue();
        assertThat(new IntegrityRecomputation(reports, checks, jobs).recompute(slot)).as("the slot is done").isFalse();

        // Mark the stored team report so that only a page reading it could show these figures.
        jdbc.sql("""
                update integrity_report set report = jsonb_set(report, '{testsRun}', '4242'),
                       computed_at = timestamptz '2026-01-02 03:04:00+00'
                where as_of = ? and level = 'TEAM'""").param(month.atDay(1)).update();

        mvc.perform(get("/api/v1/integrity").with(user("someone").roles("PCC"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.testsRun").value(4242))
                .andExpect(jsonPath("$.computedAt").value("2026-01-02T03:04:00Z"))
                .andExpect(jsonPath("$.asOf").value(month.toString()));
        mvc.perform(get("/integrity").with(user("someone").roles("ANALYST"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("4242 tests had enough data to run")))
                .andExpect(content().string(containsString("Computed 2 January 2026 at 03:04 by the scheduled recomputation.")));
        mvc.perform(get("/integrity/indicators/late-decisions").with(user("someone").roles("CRIME_REGISTRAR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Computed 2 January 2026 at 03:04")));
    }

    @Test
    void theDemoForceGeneratedAfterStartUpIsCountedAtOnceNotAtTheNextSlot() {
        // The listener itself (wired to SyntheticForceGenerated) is off in tests with the schedule; its work is this.
        YearMonth month = checks.lastCompleteMonth();
        reports.recompute(month);
        jdbc.sql("""
                update integrity_report set report = jsonb_set(report, '{testsRun}', '4242'),
                       computed_at = timestamptz '2026-01-02 03:04:00+00'
                where as_of = ? and level = 'TEAM' and scheduled""").param(month.atDay(1)).update();

        new IntegrityRecomputation(reports, checks, jobs).afterTheDemoForce();

        assertThat(jdbc.sql("""
                select computed_at > timestamptz '2026-01-02 03:04:00+00' and report ->> 'testsRun' <> '4242'
                from integrity_report where as_of = ? and level = 'TEAM' and scheduled""")
                .param(month.atDay(1)).query(Boolean.class).single()).as("the team report computed again").isTrue();
    }

    @Test
    void aMonthTheScheduleDoesNotKeepIsComputedOnRequestAndStored() throws Exception {
        YearMonth earlier = checks.lastCompleteMonth().minusMonths(7);
        mvc.perform(get("/api/v1/integrity").param("month", earlier.toString()).param("level", "station")
                .with(user("someone").roles("ANALYST"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("STATION"))
                .andExpect(jsonPath("$.computedAt").isNotEmpty());
        assertThat(jdbc.sql("select scheduled from integrity_report where as_of = ? and level = 'STATION'")
                .param(earlier.atDay(1)).query(Boolean.class).list()).containsExactly(false);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
