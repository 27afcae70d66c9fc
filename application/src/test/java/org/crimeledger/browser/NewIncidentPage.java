package org.crimeledger.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The call handler's new-incident form. */
final class NewIncidentPage {

    private final Browser browser;

    NewIncidentPage(Browser browser) {
        this.browser = browser;
    }

    static NewIncidentPage open(Browser browser) {
        browser.go("/incidents/new");
        return new NewIncidentPage(browser);
    }

    /** Opens an incident received now (the form's default), returning its reference from the page heading. */
    String open(String type, String reporter, String location, String narrative) {
        new Select(browser.driver.findElement(By.id("channel"))).selectByValue("EMERGENCY_999");
        browser.driver.findElement(By.id("reporterName")).sendKeys(reporter);
        new Select(browser.driver.findElement(By.id("reporterRelation"))).selectByValue("VICTIM");
        browser.driver.findElement(By.id("locationText")).sendKeys(location);
        new Select(browser.driver.findElement(By.id("openingType"))).selectByValue(type);
        new Select(browser.driver.findElement(By.id("teamCode"))).selectByValue("RESPONSE-A");
        browser.driver.findElement(By.id("narrative")).sendKeys(narrative);
        browser.driver.findElement(By.id("open-incident")).click();
        browser.waitForPath("/incidents/DS-");
        return browser.driver.findElement(By.tagName("h1")).getText();
    }
}
