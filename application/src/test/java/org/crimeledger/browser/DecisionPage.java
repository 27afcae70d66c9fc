package org.crimeledger.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The crime-recording decision form of one incident. */
final class DecisionPage {

    private final Browser browser;

    DecisionPage(Browser browser) {
        this.browser = browser;
    }

    static DecisionPage open(Browser browser, String incidentReference) {
        browser.go("/incidents/" + incidentReference + "/decision");
        return new DecisionPage(browser);
    }

    DecisionPage recordCrimes(String basis) {
        browser.driver.findElement(By.id("kind-CRIMES_RECORDED")).click();
        browser.driver.findElement(By.id("informationBasis")).sendKeys(basis);
        return this;
    }

    DecisionPage victim(int position, String name) {
        browser.driver.findElement(By.id("victims" + position + ".name")).sendKeys(name);
        return this;
    }

    DecisionPage offence(int position, String classification, int... victims) {
        new Select(browser.driver.findElement(By.id("offences" + position + ".code"))).selectByValue(classification);
        for (int victim : victims) {
            browser.driver.findElement(By.id("offence" + position + "victim" + victim)).click();
        }
        return this;
    }

    /** Asks the counting rules what would be recorded; returns the proposal's heading. */
    String preview() {
        browser.driver.findElement(By.id("preview")).click();
        return browser.driver.findElement(By.cssSelector("#proposal .govuk-panel__title")).getText();
    }

    /** The GOV.UK error summary after a refused decision. */
    String errorSummary() {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".govuk-error-summary"))).getText();
    }

    /** The reason for going ahead despite a rule warning, kept with the decision. */
    DecisionPage warningsReason(String reason) {
        browser.driver.findElement(By.id("warningsReason")).sendKeys(reason);
        return this;
    }

    void confirm() {
        browser.driver.findElement(By.id("confirm")).click();
    }
}
