package org.crimeledger.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crimeledger.DatabaseTest;
import org.crimeledger.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Access control as a tested invariant: every endpoint of ours states who may call it, and the
 * refusals look as they should: a sign-in redirect for pages, 401 and 403 problem+json for the API.
 */
@DatabaseTest
class AccessRulesTests {

    /** Framework endpoints without our annotations; each is public on purpose and listed in {@link PublicPaths}. */
    private static final List<String> FRAMEWORK_PACKAGES = List.of("org.springdoc.");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    UserAccounts accounts;

    @Test
    void everyEndpointOfOursHasAnExplicitAccessRule() {
        List<String> unguarded = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlerMapping.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            String type = handler.getBeanType().getName();
            if (FRAMEWORK_PACKAGES.stream().anyMatch(type::startsWith)) {
                continue;
            }
            boolean guarded = AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
                    || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
            if (!guarded) {
                unguarded.add(entry.getKey() + " -> " + handler);
            }
        }
        assertThat(unguarded).as("endpoints without @PreAuthorize").isEmpty();
        assertThat(handlerMapping.getHandlerMethods()).as("the scan found our controllers").hasSizeGreaterThan(5);
    }

    @Test
    void anonymousPageRequestsAreSentToSignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void anonymousApiRequestsGetProblemJson401() throws Exception {
        mvc.perform(get("/api/v1/anything-private"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void theWrongRoleGetsProblemJson403() throws Exception {
        String officer = TestUsers.ensure(accounts, Role.OFFICER);
        mvc.perform(get("/actuator/prometheus").with(httpBasic(officer, TestUsers.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void onlyThoseWhoWorkWithVictimsMayRecordANeedsAssessment() throws Exception {
        String analyst = TestUsers.ensure(accounts, Role.ANALYST);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/victims/1/needs-assessment")
                .with(httpBasic(analyst, TestUsers.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"flags\":[\"VULNERABLE\"],\"note\":\"Not the analyst's to record\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anAdministratorMayReadMetrics() throws Exception {
        String admin = TestUsers.ensure(accounts, Role.ADMIN);
        mvc.perform(get("/actuator/prometheus").with(httpBasic(admin, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes")));
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        String officer = TestUsers.ensure(accounts, Role.OFFICER);
        mvc.perform(get("/api/v1/anything-private").with(httpBasic(officer, "not-the-password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theNationalRunPageIsForTheRolesOfTheIntegrityDashboard() throws Exception {
        mvc.perform(get("/integrity/national").with(user("analyst").roles("ANALYST"))).andExpect(status().isOk());
        mvc.perform(get("/integrity/national").with(user("pcc").roles("PCC"))).andExpect(status().isOk());
        mvc.perform(get("/integrity/national").with(user("officer").roles("OFFICER"))).andExpect(status().isForbidden());
        mvc.perform(get("/integrity/national")).andExpect(status().is3xxRedirection());
    }

    @Test
    void referenceDataIsPublic() throws Exception {
        mvc.perform(get("/reference-data")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/reference/outcome-types")).andExpect(status().isOk());
    }

    @Test
    void publishedRecordsInPoliceUkShapesArePublicAndTheirTraceIsNeedToKnow() throws Exception {
        mvc.perform(get("/api/v1/publication/police-uk/crime-categories")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/publication/police-uk/crimes-street-dates")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/publication/trace/street-level").param("month", "2025-01"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/publication/trace/recorded-crime").param("financialYear", "2025")
                .param("offenceCode", "8N").with(httpBasic(TestUsers.ensure(accounts, Role.OFFICER), TestUsers.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/publication/trace/recorded-crime").param("financialYear", "2025")
                .param("offenceCode", "8N").with(httpBasic(TestUsers.ensure(accounts, Role.AUDITOR), TestUsers.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/publication/trace")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/publication/trace").with(user("pcc").roles("PCC"))).andExpect(status().isForbidden());
        mvc.perform(get("/publication/trace").with(user("analyst").roles("ANALYST"))).andExpect(status().isOk());
    }

    @Test
    void aSignedInUserReachesTheirHomePage() throws Exception {
        mvc.perform(get("/").with(user("someone").roles("ANALYST")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Analyst")));
    }
}
