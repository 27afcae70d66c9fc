package org.crimeledger.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.crimeledger.DatabaseTest;
import org.crimeledger.TestUsers;
import org.crimeledger.security.Role;
import org.crimeledger.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** A signed-in user's session lives in PostgreSQL, so another instance (or a restarted one) knows them. */
@DatabaseTest
class SessionsInDatabaseTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void signingInStoresTheSessionInTheDatabaseAndItsCookieIsEnough() throws Exception {
        String user = TestUsers.ensure(accounts, Role.ANALYST);
        jdbc.sql("delete from spring_session where principal_name = :u").param("u", user).update();

        MockHttpServletResponse signedIn = mvc.perform(formLogin("/sign-in").user(user).password(TestUsers.PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse();
        Cookie session = signedIn.getCookie("SESSION");

        assertThat(session).as("Spring Session's cookie").isNotNull();
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :u").param("u", user)
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/")).andExpect(status().is3xxRedirection());
    }
}
