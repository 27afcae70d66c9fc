package org.crimeledger.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.crimeledger.DatabaseTest;
import org.crimeledger.RecordedCrimes;
import org.crimeledger.TestUsers;
import org.crimeledger.accountability.ImprovementAction;
import org.crimeledger.accountability.ImprovementActions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Stored markup is shown as text on every page: no template writes unescaped text except the charts, whose SVG is
 * built with its text escaped, and the free text of reclassifications, cancellations and improvement actions
 * comes back escaped.
 */
@DatabaseTest
class StoredMarkupTests {

    static final String MARKUP = AttacksRefusedTests.MARKUP;
    static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImprovementActions improvements;

    @Test
    void noTemplateWritesUnescapedTextButTheChartsOfEscapedSvg() throws IOException {
        Path templates = new ClassPathResource("templates").getFile().toPath();
        List<String> unescaped;
        try (Stream<Path> files = Files.walk(templates)) {
            unescaped = files.filter(file -> file.toString().endsWith(".html")).flatMap(file -> {
                try {
                    String text = Files.readString(file);
                    return text.contains("th:utext") || text.contains("[(") ? Stream.of(templates.relativize(file)
                            .toString()) : Stream.empty();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(unescaped).containsExactly("integrity/indicator.html");
    }

    @Test
    void markupInReclassificationAndCancellationReasonsIsShownAsTextOnTheCrimePage() throws Exception {
        var crime = new RecordedCrimes(mvc, accounts).record("8N");
        String officer = TestUsers.ensure(accounts, Role.OFFICER);
        String other = jdbc.sql("""
                select code from offence_classification where code <> '8N' and in_force_to is null
                  and offence_group_code = (select offence_group_code from offence_classification where code = '8N')
                order by code limit 1""").query(String.class).single();
        mvc.perform(post("/api/v1/crimes/" + crime.reference() + "/reclassifications")
                        .with(httpBasic(officer, TestUsers.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"toCode\":\"%s\",\"reason\":\"%s reason\",\"version\":0}"
                                .formatted(other, json(MARKUP))))
                .andExpect(status().is2xxSuccessful());
        int version = jdbc.sql("select version from crime where reference = :r").param("r", crime.reference())
                .query(Integer.class).single();
        mvc.perform(post("/api/v1/crimes/" + crime.reference() + "/removals")
                        .with(httpBasic(officer, TestUsers.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"proposal":{"cancellationClass":"C1","explanation":"%s explanation",
                                 "targetForce":"Otherforce","targetForceReference":"OF/1",
                                 "additionalInformation":"Call from the other force","evidenceReference":"E/1",
                                 "victimToldAt":"%s"},"version":%d}"""
                                .formatted(json(MARKUP), java.time.Instant.now().minusSeconds(3600), version)))
                .andExpect(status().is2xxSuccessful());

        String page = mvc.perform(get("/crimes/" + crime.reference()).with(user(officer).roles("OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains(ESCAPED + " reason", ESCAPED + " explanation");
    }

    @Test
    void markupInAnImprovementActionIsShownAsText() throws Exception {
        var registrar = org.crimeledger.security.Actor.system("xss.registrar", Role.CRIME_REGISTRAR);
        ImprovementAction action = improvements.raise(null, ImprovementAction.Kind.RECOMMENDATION, MARKUP + " finding",
                MARKUP + " action", MARKUP + " owner", LocalDate.now().plusDays(5), registrar);
        improvements.update(action.id(), 0, ImprovementAction.Status.IN_PROGRESS, MARKUP + " evidence", registrar);

        String page = mvc.perform(get("/improvement-actions").with(user("xss.auditor").roles("AUDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains(ESCAPED + " finding", ESCAPED + " action", ESCAPED + " owner", ESCAPED + " evidence");
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
