package org.crimeledger.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;

import org.crimeledger.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
class ErrorPagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anUnknownPageIsAGovukNotFoundPage() throws Exception {
        // MockMvc has no servlet container to forward errors, so call the error page as the container would.
        mvc.perform(get("/error").with(user("officer").roles("OFFICER")).accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/no-such-page"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")))
                .andExpect(content().string(containsString("govuk-frontend.min.css")));
    }

    @Test
    void aServerErrorPageApologisesWithoutDetail() throws Exception {
        mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret detail")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(containsString("Sorry, there is a problem with the service")))
                .andExpect(content().string(not(containsString("secret detail"))));
    }

    @Test
    void anErrorForAnApiClientIsProblemJson() throws Exception {
        mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/nothing-here"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.instance").value("/api/v1/nothing-here"));
    }

    @Test
    void anUnknownApiResourceIsProblemJson() throws Exception {
        mvc.perform(get("/api/v1/reference/offence-classifications/ZZ9").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].rejectedValue").value("ZZ9"))
                .andExpect(jsonPath("$.detail").value("There is no offence classification 'ZZ9'"));
    }
}
