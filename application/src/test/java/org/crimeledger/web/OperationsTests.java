package org.crimeledger.web;

import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.crimeledger.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
class OperationsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void healthIsUpAndReadinessIncludesTheDatabase() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void theApiIsDescribedByOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.paths['/api/v1/incidents']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/reference/offence-classifications']").exists());
    }

    @Test
    void metricsAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
    }

    @Test
    void everyResponseCarriesACorrelationId() throws Exception {
        mvc.perform(get("/sign-in")).andExpect(header().string(CorrelationIdFilter.HEADER,
                matchesPattern("[0-9a-f-]{36}")));
        mvc.perform(get("/sign-in").header(CorrelationIdFilter.HEADER, "call-42"))
                .andExpect(header().string(CorrelationIdFilter.HEADER, "call-42"));
    }

    @Test
    void anUnsafeCorrelationIdIsReplacedNotEchoed() throws Exception {
        mvc.perform(get("/sign-in").header(CorrelationIdFilter.HEADER, "x\r\nSet-Cookie: a=b"))
                .andExpect(header().string(CorrelationIdFilter.HEADER, matchesPattern("[0-9a-f-]{36}")));
    }

    @Test
    void pagesSendSecurityHeaders() throws Exception {
        mvc.perform(get("/sign-in"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", matchesPattern(".*default-src 'self'.*")));
    }
}
