package org.crimeledger.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A role's home page and the header navigation around it. */
final class HomePage {

    private final Browser browser;

    HomePage(Browser browser) {
        this.browser = browser;
    }

    String heading() {
        return browser.driver.findElement(By.tagName("h1")).getText();
    }

    List<String> navigation() {
        return browser.driver.findElements(By.cssSelector(".govuk-service-navigation__link")).stream()
                .map(WebElement::getText).toList();
    }

    void signOut() {
        browser.driver.findElement(By.cssSelector(".app-account__sign-out button")).click();
    }
}
