package org.crimeledger.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.crimeledger.DatabaseTest;
import org.crimeledger.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

@DatabaseTest
class SignInTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachRoleSignsInAndSeesItsOwnHomePage(Role role) throws Exception {
        String username = TestUsers.ensure(accounts, role);
        // Sessions live in the database (Spring Session): the SESSION cookie names them, as in a browser.
        Cookie session = mvc
                .perform(formLogin("/sign-in").user(username).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SESSION");

        mvc.perform(get("/").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(HtmlUtils.htmlEscape(role.title()))))
                .andExpect(content().string(containsString(HtmlUtils.htmlEscape(role.duties()))));
    }

    @Test
    void aWrongPasswordShowsAnErrorSummary() throws Exception {
        String username = TestUsers.ensure(accounts, Role.OFFICER);
        mvc.perform(formLogin("/sign-in").user(username).password("wrong-password-000"))
                .andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(get("/sign-in").param("error", ""))
                .andExpect(content().string(containsString("The username or password is not right")));
    }

    @Test
    void signingInWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/sign-in").param("username", "x").param("password", "y"))
                .andExpect(status().isForbidden());
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        String username = TestUsers.ensure(accounts, Role.AUDITOR);
        // Sessions live in the database (Spring Session): the SESSION cookie names them, as in a browser.
        Cookie session = mvc
                .perform(formLogin("/sign-in").user(username).password(TestUsers.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");

        mvc.perform(post("/sign-out").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/sign-in?signed-out"));
        mvc.perform(get("/").cookie(session)).andExpect(status().is3xxRedirection());
    }
}
