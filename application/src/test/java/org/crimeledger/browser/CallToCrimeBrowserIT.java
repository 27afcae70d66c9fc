package org.crimeledger.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.crimeledger.MutableClock;
import org.crimeledger.TestUsers;
import org.crimeledger.security.Role;
import org.crimeledger.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The acceptance path of the recording core, in a real browser: a call handler opens an assault on
 * two people, the clock and the queue show it, time passes beyond 24 hours, an officer records it as
 * two crimes each with its victim, and a supervisor sees the late decision as a breach.
 */
class CallToCrimeBrowserIT extends BrowserTest {

    @TestConfiguration
    static class MovableTime {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.now());
        }
    }

    @Autowired
    UserAccounts accounts;

    @Autowired
    Clock clock;

    @Test
    void anAssaultOnTwoVictimsRecordedLateIsTwoCrimesAndABreach() throws IOException {
        signIn(Role.CALL_HANDLER);
        String reference = NewIncidentPage.open(browser).open("ASSAULT", "Jo Caller", "Market Square, Demoton",
                "Two friends were punched by one man outside the station.");
        assertThat(text("clock")).contains("Crime-recording decision due by").contains("left");
        browser.screenshot("call-to-crime-1-incident-opened");
        signOut();

        signIn(Role.OFFICER);
        browser.go("/decision-queue");
        assertThat(queueRow(reference).getText()).contains("left");

        ((MutableClock) clock).advance(Duration.ofHours(25));
        browser.go("/decision-queue");
        assertThat(queueRow(reference).getText()).contains("overdue");
        assertThat(Long.parseLong(text("overdue"))).isPositive();
        browser.go("/");
        assertThat(browser.driver.findElement(By.cssSelector(".app-figure--warning")).getText()).contains("Overdue");

        DecisionPage decision = DecisionPage.open(browser, reference)
                .recordCrimes("Both victims spoke to officers at the scene")
                .victim(0, "Ali Victim").victim(1, "Bo Victim")
                .offence(0, "8N", 0, 1);
        assertThat(decision.preview()).isEqualTo("2 crimes will be recorded");
        browser.screenshot("call-to-crime-2-preview");
        assertThat(browser.seriousAccessibilityViolations()).as("axe-core on the decision form").isEmpty();
        decision.confirm();
        assertThat(decision.errorSummary()).as("a late decision asks for a reason (Crime Recording Rules)")
                .contains("CRR-TIME-001");
        browser.screenshot("call-to-crime-2b-late-decision-asks-for-a-reason");
        decision.warningsReason("Both victims were in hospital until this morning").confirm();
        browser.waitForPath("/incidents/" + reference);

        List<WebElement> crimes = browser.driver.findElements(By.cssSelector("#crimes tbody tr"));
        assertThat(crimes).hasSize(2);
        assertThat(crimes).allSatisfy(row -> assertThat(row.getText()).contains("8N").contains("One victim"));
        assertThat(text("breach")).startsWith("Breach: 1 h");
        signOut();

        signIn(Role.SUPERVISOR);
        browser.go("/incidents/" + reference);
        assertThat(text("breach")).startsWith("Breach");
        browser.go("/registrar");
        assertThat(browser.driver.findElement(By.id("breaches")).getText()).contains(TestUsers.username(Role.OFFICER));
        browser.screenshot("call-to-crime-3-supervisor-sees-breach");
        assertThat(browser.seriousAccessibilityViolations()).as("axe-core on the registrar desk").isEmpty();
        signOut();
    }

    private void signIn(Role role) {
        SignInPage.open(browser).signIn(TestUsers.ensure(accounts, role), TestUsers.PASSWORD);
    }

    private void signOut() {
        new HomePage(browser).signOut();
        browser.waitForPath("signed-out");
    }

    private String text(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    private WebElement queueRow(String reference) {
        return browser.driver.findElements(By.cssSelector("#queue tbody tr")).stream()
                .filter(row -> row.getText().contains(reference)).findFirst()
                .orElseThrow(() -> new AssertionError(reference + " is not in the decision queue"));
    }
}
