package org.crimeledger.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.crimeledger.DatabaseTest;
import org.crimeledger.TestUsers;
import org.crimeledger.security.Role;
import org.crimeledger.security.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/**
 * Reference numbers from the day's and the year's PostgreSQL sequences (ADR 0024): taken by the statement that
 * writes the record, in order, with every digit kept past the usual width, and a failed record leaves a gap.
 */
@DatabaseTest
class ReferenceNumbersTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor officer;

    @BeforeEach
    void users() {
        officer = httpBasic(TestUsers.ensure(accounts, Role.OFFICER), TestUsers.PASSWORD);
    }

    @Test
    void aRecordTakesTheNextNumbersOfItsDayAndYear() throws Exception {
        Instant received = Instant.now().minus(10, ChronoUnit.MINUTES);
        String day = DateTimeFormatter.BASIC_ISO_DATE.format(received.atZone(ZoneId.of("Europe/London")).toLocalDate());
        int year = Instant.now().atZone(ZoneId.of("Europe/London")).getYear();

        String first = record(report(received, "ASSAULT")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long incidentNumber = last("incident_" + day);
        long crimeNumber = last("crime_" + year);
        String second = record(report(received, "ASSAULT")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();

        assertThat((String) JsonPath.read(first, "$.incident.reference")).isEqualTo("DS-%s-%05d", day, incidentNumber);
        assertThat(JsonPath.<List<String>>read(first, "$.crimes[*].reference"))
                .containsExactlyInAnyOrder("DS/%d/%06d".formatted(year, crimeNumber - 1),
                        "DS/%d/%06d".formatted(year, crimeNumber));
        assertThat((String) JsonPath.read(second, "$.incident.reference"))
                .isEqualTo("DS-%s-%05d", day, incidentNumber + 1);
        assertThat(JsonPath.<List<String>>read(second, "$.crimes[*].reference"))
                .containsExactlyInAnyOrder("DS/%d/%06d".formatted(year, crimeNumber + 1),
                        "DS/%d/%06d".formatted(year, crimeNumber + 2));
    }

    @Test
    void aRecordRefusedAfterItsNumberWasTakenLeavesAGap() throws Exception {
        Instant received = Instant.now().minus(10, ChronoUnit.MINUTES);
        String day = DateTimeFormatter.BASIC_ISO_DATE.format(received.atZone(ZoneId.of("Europe/London")).toLocalDate());
        String notCrime = jdbc.sql("select code from incident_type where category <> 'CRIME_RELATED' order by code limit 1")
                .query(String.class).single();
        record(report(received, "ASSAULT")).andExpect(status().isCreated());
        long before = last("incident_" + day);

        // Refused inside the transaction, after the incident's insert took its number.
        record(report(received, notCrime)).andExpect(status().isUnprocessableEntity());
        String next = record(report(received, "ASSAULT")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();

        assertThat((String) JsonPath.read(next, "$.incident.reference")).isEqualTo("DS-%s-%05d", day, before + 2);
        assertThat(jdbc.sql("select count(*) from incident where reference = :r")
                .param("r", "DS-%s-%05d".formatted(day, before + 1)).query(Long.class).single()).isZero();
    }

    @Test
    void numbersPastTheWidthKeepEveryDigit() {
        jdbc.sql("select reference_numbers.set_last('crime_1901', 999999)").query().singleRow();

        assertThat(jdbc.sql("select reference_numbers.take('crime_1901', 6)").query(String.class).single())
                .isEqualTo("1000000");
        assertThat(jdbc.sql("select reference_numbers.take('crime_1901', 6)").query(String.class).single())
                .isEqualTo("1000001");
    }

    @Test
    void anIncidentPastTheDaysHundredThousandthIsFoundAndDecidedByItsReference() throws Exception {
        // A day of its own, so no other test's numbers move: the 100,000th incident of 5 March 2019.
        jdbc.sql("select reference_numbers.set_last('incident_20190305', 99999)").query().singleRow();
        RequestPostProcessor callHandler = httpBasic(TestUsers.ensure(accounts, Role.CALL_HANDLER), TestUsers.PASSWORD);

        String opened = mvc.perform(post("/api/v1/incidents").with(callHandler).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"receivedAt":"2019-03-05T10:00:00Z","channel":"FRONT_COUNTER","reporterName":"Robin Reporter",
                                 "reporterRelation":"VICTIM","locationText":"Station Road, Demoton","openingType":"ASSAULT",
                                 "teamCode":"RESPONSE-A","narrative":"A man pushed the caller over outside the station."}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String reference = JsonPath.read(opened, "$.incident.reference");
        assertThat(reference).isEqualTo("DS-20190305-100000");

        mvc.perform(get("/api/v1/incidents/" + reference).with(officer))
                .andExpect(status().isOk()).andExpect(jsonPath("$.incident.reference").value(reference));
        mvc.perform(post("/api/v1/incidents/" + reference + "/decision").with(officer)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind":"CRIMES_RECORDED","informationBasis":"Victim confirmed by phone","version":0,
                         "warningsReason":"Found unrecorded in a records review",
                         "victims":[{"name":"Robin Reporter"}],"offences":[{"classificationCode":"105A","victims":[0]}]}"""))
                .andExpect(status().isCreated());
        assertThat(jdbc.sql("select count(*) from crime c join incident i on i.id = c.incident_id where i.reference = :r")
                .param("r", reference).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void sessionsTakingFromANewCounterAtOnceEachGetTheirOwnNumber() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> takers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                takers.add(() -> jdbc.sql("select reference_numbers.take('crime_1902', 6)").query(String.class).single());
            }
            List<String> taken = new ArrayList<>();
            for (Future<String> number : pool.invokeAll(takers)) {
                taken.add(number.get());
            }
            assertThat(taken).containsExactlyInAnyOrder("000001", "000002", "000003", "000004", "000005", "000006",
                    "000007", "000008");
        } finally {
            pool.shutdownNow();
        }
    }

    private long last(String counter) {
        return jdbc.sql("select last_number from reference_numbers.counters where name = :name").param("name", counter)
                .query(Long.class).single();
    }

    private ResultActions record(String body) throws Exception {
        return mvc.perform(post("/api/v1/incidents/first-contact").with(officer)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String report(Instant received, String openingType) {
        return """
                {"incident":{"receivedAt":"%s","channel":"FRONT_COUNTER","reporterName":"Robin Reporter",
                  "reporterRelation":"VICTIM","locationText":"Station Road, Demoton","openingType":"%s",
                  "teamCode":"RESPONSE-A","narrative":"Two people say a man pushed them over outside the station."},
                 "decision":{"kind":"CRIMES_RECORDED","informationBasis":"Victims' accounts at the front counter",
                  "victims":[{"name":"Robin Reporter"},{"name":"Sam Reporter"}],
                  "offences":[{"classificationCode":"105A","victims":[0,1]}]}}"""
                .formatted(received, openingType);
    }
}
