package org.crimeledger.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.crimeledger.TestUsers;
import org.crimeledger.security.Role;
import org.crimeledger.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Signs in as each role in a real browser and checks that GOV.UK Frontend really styles the page
 * (computed styles, not just a link tag), that the font is the permitted Arial fallback, and that
 * axe-core finds no serious or critical accessibility violation. Screenshots go to target/screenshots.
 */
class RoleHomePagesBrowserIT extends BrowserTest {

    @Autowired
    UserAccounts accounts;

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachRoleSignsInToAStyledAccessibleHomePage(Role role) throws IOException {
        String username = TestUsers.ensure(accounts, role);

        HomePage home = SignInPage.open(browser).signIn(username, TestUsers.PASSWORD);

        assertThat(home.heading()).isEqualTo(role.title());
        assertThat(home.navigation()).contains("Home", "Reference data");
        assertGovukStylesApplied();
        browser.screenshot("home-" + role.name().toLowerCase());
        assertThat(browser.seriousAccessibilityViolations()).as("axe-core on %s home", role).isEmpty();
        home.signOut();
        browser.waitForPath("signed-out");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/sign-in?signed-out");
    }

    @Test
    void publicPagesAreStyledAndAccessible() throws IOException {
        for (String path : new String[] {"/sign-in", "/reference-data", "/reference-data/offence-classifications",
                "/reference-data/outcome-types", "/reference-data/cancellation-classes", "/reference-data/police-uk"}) {
            browser.go(path);
            assertGovukStylesApplied();
            browser.screenshot("page" + path.replace('/', '-'));
            assertThat(browser.seriousAccessibilityViolations()).as("axe-core on %s", path).isEmpty();
        }
    }

    private void assertGovukStylesApplied() {
        // govuk-header is black (#0b0c0c) only when govuk-frontend.min.css has loaded.
        assertThat(browser.computedStyle(".govuk-header", "background-color", "rgb(11, 12, 12)"))
                .isEqualTo("rgb(11, 12, 12)");
        assertThat(browser.computedStyle(".govuk-width-container", "max-width", "960px")).isEqualTo("960px");
        assertThat(browser.computedStyle("h1", "font-family")).startsWith("arial").doesNotContain("GDS Transport");
    }
}
