package org.crimeledger.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crimeledger.DatabaseTest;
import org.crimeledger.RecordedCrimes;
import org.crimeledger.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Attacks refused: markup typed into free text is shown as text, SQL typed into free text is data, every form
 * needs its CSRF token (signing in gives a new session id: {@link SessionFixationTests}, against a running server).
 */
@DatabaseTest
class AttacksRefusedTests {

    static final String MARKUP = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    static final String SQL = "'; drop table crime; -- ' or '1'='1";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void markupInEveryFreeTextFieldOfAnIncidentIsShownAsText() throws Exception {
        String reference = openIncident(MARKUP + " narrative", MARKUP + " reporter", MARKUP + " location");
        mvc.perform(post("/api/v1/incidents/" + reference + "/updates").with(basic(Role.OFFICER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"%s update\",\"version\":0}".formatted(MARKUP.replace("'", "\\u0027"))))
                .andExpect(status().isOk());

        String page = mvc.perform(get("/incidents/" + reference).with(user("xss.officer").roles("OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x");
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; narrative",
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; update");
    }

    @Test
    void markupInADecisionsFreeTextIsShownAsTextOnTheCrimePage() throws Exception {
        RecordedCrimes crimes = new RecordedCrimes(mvc, accounts);
        String incident = crimes.openIncident("ASSAULT");
        String json = crimes.decide(incident, """
                {"kind":"CRIMES_RECORDED","informationBasis":"%s basis","version":0,
                 "victims":[{"name":"%s victim","dateOfBirth":"1980-02-03"}],
                 "offences":[{"classificationCode":"8N","victims":[0]}],"flags":[],"suspects":[]}"""
                .formatted(jsonText(MARKUP), jsonText(MARKUP)));
        String crime = JsonPath.read(json, "$.crimes[0].reference");
        String page = mvc.perform(get("/crimes/" + crime).with(user("xss.officer").roles("OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x");
    }

    @Test
    void sqlInFreeTextIsStoredAsDataAndSearchedAsData() throws Exception {
        long crimesBefore = jdbc.sql("select count(*) from crime").query(Long.class).single();
        String reference = openIncident(SQL, SQL, SQL);
        assertThat(jdbc.sql("select reporter_name || '|' || location_text from incident where reference = :r")
                .param("r", reference).query(String.class).single()).isEqualTo(SQL + "|" + SQL);
        assertThat(jdbc.sql("select count(*) from crime").query(Long.class).single()).isEqualTo(crimesBefore);

        for (String probe : List.of("' or '1'='1", "%", "_", "\\", "'); select pg_sleep(10); --")) {
            String found = mvc.perform(get("/api/v1/incidents").param("text", probe).with(basic(Role.OFFICER)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            List<String> references = JsonPath.read(found, "$[*].reference");
            assertThat(references.size()).as("incidents found by " + probe).isLessThanOrEqualTo(50);
            mvc.perform(get("/incidents").param("text", probe).with(user("sql.officer").roles("OFFICER")))
                    .andExpect(status().isOk());
            mvc.perform(get("/api/v1/crimes").param("text", probe).with(basic(Role.OFFICER)))
                    .andExpect(status().isOk());
        }
    }

    /** Every form of ours: the same post with a valid token is not refused for CSRF, without one it is. */
    @Test
    void everyFormNeedsItsCsrfToken() throws Exception {
        List<String> accepted = new ArrayList<>();
        for (Map.Entry<String, Set<Role>> row : AccessMatrix.ROWS.entrySet()) {
            String[] parts = row.getKey().split(" ", 2);
            if (!parts[0].equals("POST") || parts[1].startsWith("/api/")) {
                continue;
            }
            String path = parts[1].replaceAll("\\{[^}]+}", "1");
            Role role = row.getValue().isEmpty() ? Role.ADMIN : row.getValue().iterator().next();
            var asRole = user("csrf." + role.name().toLowerCase()).roles(role.name());
            int without = mvc.perform(post(path).with(asRole)).andReturn().getResponse().getStatus();
            int forged = mvc.perform(post(path).with(asRole).with(csrf().useInvalidToken()))
                    .andReturn().getResponse().getStatus();
            if (without != 403 || forged != 403) {
                accepted.add(row.getKey() + ": " + without + " without a token, " + forged + " with a forged one");
            }
        }
        for (String open : List.of("/sign-in", "/sign-out")) {
            int status = mvc.perform(post(open).param("username", "x").param("password", "y"))
                    .andReturn().getResponse().getStatus();
            if (status != 403) {
                accepted.add("POST " + open + ": " + status);
            }
        }
        assertThat(accepted).isEmpty();
        assertThat(AccessMatrix.ROWS.keySet().stream().filter(key -> key.startsWith("POST /") && !key.startsWith("POST /api/")))
                .as("the forms checked").hasSizeGreaterThan(20);
    }

    @Test
    void everyPageCarriesAPolicyThatAllowsNoInlineScriptOrStyle() throws Exception {
        for (String page : List.of("/sign-in", "/reference-data")) {
            mvc.perform(get(page))
                    .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                    .andExpect(header().string("Content-Security-Policy", containsString("style-src 'self'")))
                    .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        }
        mvc.perform(get("/").with(user("csp.analyst").roles("ANALYST")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe"))))
                .andExpect(content().string(not(containsString("style=\""))));
    }

    @Test
    void aLockedOutMessageNeverEchoesWhatWasTyped() throws Exception {
        mvc.perform(get("/sign-in").param("error", MARKUP))
                .andExpect(content().string(not(containsString("<script>alert"))));
        mvc.perform(get("/api/v1/incidents/{reference}", "<script>alert(1)</script>").with(basic(Role.OFFICER)))
                .andExpect(content().string(not(containsString("<script>"))));
    }

    private String openIncident(String narrative, String reporter, String location) throws Exception {
        return JsonPath.read(mvc.perform(post("/api/v1/incidents").with(basic(Role.CALL_HANDLER))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"receivedAt":"%s","channel":"ONLINE","reporterName":"%s","reporterRelation":"VICTIM",
                         "locationText":"%s","openingType":"ASSAULT","teamCode":"RESPONSE-A","narrative":"%s"}"""
                        .formatted(Instant.now().minus(1, ChronoUnit.HOURS), jsonText(reporter), jsonText(location),
                                jsonText(narrative))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.incident.reference");
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor basic(Role role) {
        return httpBasic(TestUsers.ensure(accounts, role), TestUsers.PASSWORD);
    }

    private static String jsonText(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
