package org.crimeledger.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.crimeledger.TestUsers;
import org.crimeledger.security.Role;
import org.crimeledger.security.UserAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The victim service's and the analyst's pages in a real browser, with axe-core; screenshots in target/screenshots. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VictimServiceBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    Browser browser;

    @BeforeAll
    void openBrowser() throws IOException {
        browser = Browser.open(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void victimServicePagesAreAccessible() throws IOException {
        check(Role.VICTIM_SERVICE, "/victims/queue", "/victims/compliance", "/victims/satisfaction");
    }

    @Test
    void outcomePagesAreAccessible() throws IOException {
        check(Role.SUPERVISOR, "/outcomes/authorisations", "/outcomes/statistics");
    }

    private void check(Role role, String... paths) throws IOException {
        HomePage home = SignInPage.open(browser).signIn(TestUsers.ensure(accounts, role), TestUsers.PASSWORD);
        for (String path : paths) {
            browser.go(path);
            browser.screenshot("victims" + path.replace('/', '-'));
            assertThat(browser.seriousAccessibilityViolations()).as("axe-core on %s", path).isEmpty();
        }
        home.signOut();
    }
}
