package org.crimeledger.victims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.crimeledger.DatabaseTest;
import org.crimeledger.synthetic.Generating;
import org.crimeledger.synthetic.SyntheticForce;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo's victim queue: crimes of a bulk-generated synthetic force get their Victims' Code tasks from the
 * catch-up, with a simulated record of the service's work, so the queue has tasks due, overdue and done.
 * Shares the database of the targeted-queue measurement, which also generates a synthetic force.
 */
@DatabaseTest
@TestPropertySource(properties = {"crimeledger.test.database=targeted-queue", "crimeledger.demo.synthetic-incidents=0"})
class SyntheticVictimQueueTests {

    @Autowired
    Generating generating;

    @Autowired
    Entitlements entitlements;

    @Autowired
    VictimQueue queue;

    @Autowired
    JdbcClient jdbc;

    @Test
    void generatedVictimsGetTheirTasksWithARealisticQueueOfDueOverdueAndDoneWork() {
        LocalDate today = queue.today();
        long seed = 18_018L;
        generating.generate(SyntheticForce.demoshire().withSeed(seed).withIncidents(3_000).withPeriod(today.minusDays(90), 90));
        long run = jdbc.sql("select max(id) from synthetic_run where seed = ?").param(seed).query(Long.class).single();
        String ofRun = """
                from victim_task t join synthetic_truth st on st.incident_id = t.incident_id and st.run_id = %d
                """.formatted(run);
        assertThat(jdbc.sql("select count(*) " + ofRun).query(Long.class).single()).as("nothing before the catch-up").isZero();

        while (entitlements.openForCrimesWithoutTasks(20_000) > 0) {
            // until every crime with a victim has its tasks
        }

        long crimesWithVictims = jdbc.sql("""
                select count(*) from crime c join synthetic_truth st on st.incident_id = c.incident_id and st.run_id = ?
                where c.victim_id is not null""").param(run).query(Long.class).single();
        assertThat(crimesWithVictims).isGreaterThan(100);
        assertThat(jdbc.sql("select count(distinct t.crime_id) " + ofRun).query(Long.class).single()).isEqualTo(crimesWithVictims);
        assertThat(jdbc.sql("select count(*) " + ofRun).query(Long.class).single()).isEqualTo(4 * crimesWithVictims);

        long done = count(ofRun + " where t.status in ('DONE', 'DECLINED')");
        long overdue = count(ofRun + " where t.status = 'OPEN' and t.due_on < '" + today + "'");
        long dueFromToday = count(ofRun + " where t.status = 'OPEN' and t.due_on >= '" + today + "'");
        long late = count(ofRun + " where t.status <> 'OPEN' and t.closed_on > t.due_on");
        long all = 4 * crimesWithVictims;
        assertThat(done).as("most work done").isGreaterThan(all * 3 / 4);
        assertThat(overdue).as("some overdue").isPositive().isLessThan(all / 10);
        assertThat(dueFromToday).as("some still due").isPositive();
        assertThat(late).as("some done late").isPositive();
        assertThat(count(ofRun + " where t.closed_on > '" + today + "' or t.closed_on < (t.opened_at at time zone 'Europe/London')::date"))
                .as("no closing in the future or before the task existed").isZero();
        assertThat(count(ofRun + " where t.status <> 'OPEN' and t.closed_by <> 'synthetic-force'")).isZero();
    }

    long count(String fromWhere) {
        return jdbc.sql("select count(*) " + fromWhere).query(Long.class).single();
    }
}
