package org.crimeledger.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.crimeledger.TestUsers;
import org.crimeledger.security.Role;
import org.crimeledger.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The victim service's and the analyst's pages in a real browser, with axe-core; screenshots in target/screenshots. */
class VictimServiceBrowserIT extends BrowserTest {

    @Autowired
    UserAccounts accounts;

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
