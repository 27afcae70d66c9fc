package org.crimeledger.recording;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.crimeledger.DatabaseTest;
import org.crimeledger.security.Actor;
import org.crimeledger.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The crime list and its search, with and without filters: the query is built from pieces, so each shape runs. */
@DatabaseTest
class CrimeSearchTests {

    static final Actor OFFICER = Actor.system("search.officer", Role.OFFICER);

    @Autowired
    Crimes crimes;

    @Autowired
    MockMvc mvc;

    @Test
    void everyShapeOfTheSearchRuns() {
        assertThatCode(() -> crimes.search(null, null, 10, OFFICER)).doesNotThrowAnyException();
        assertThatCode(() -> crimes.search("105A", null, 10, OFFICER)).doesNotThrowAnyException();
        assertThatCode(() -> crimes.search(null, "RECORDED", 10, OFFICER)).doesNotThrowAnyException();
    }

    @Test
    void theCrimeListPageOpens() throws Exception {
        mvc.perform(get("/crimes").with(user("someone").roles("OFFICER")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Crimes")));
        mvc.perform(get("/crimes").param("text", "assault").param("status", "RECORDED").with(user("someone").roles("AUDITOR")))
                .andExpect(status().isOk());
    }
}
