package org.crimeledger.browser;

import org.openqa.selenium.By;

/** The sign-in page as a person uses it. */
final class SignInPage {

    private final Browser browser;

    SignInPage(Browser browser) {
        this.browser = browser;
    }

    static SignInPage open(Browser browser) {
        browser.go("/sign-in");
        return new SignInPage(browser);
    }

    HomePage signIn(String username, String password) {
        browser.driver.findElement(By.id("username")).sendKeys(username);
        browser.driver.findElement(By.id("password")).sendKeys(password);
        browser.driver.findElement(By.id("sign-in")).click();
        browser.waitUntilLeaving("/sign-in");
        return new HomePage(browser);
    }
}
