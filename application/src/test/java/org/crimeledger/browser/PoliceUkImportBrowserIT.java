package org.crimeledger.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.crimeledger.TestUsers;
import org.crimeledger.security.Role;
import org.crimeledger.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Uploads a data.police.uk file in a real browser through a real servlet container: the CSRF token travels in the
 * multipart body, not the address, and the progress page follows the import with its script (no meta refresh)
 * and passes axe-core.
 */
class PoliceUkImportBrowserIT extends BrowserTest {

    @Autowired
    UserAccounts accounts;

    @Test
    void anUploadedFileImportsAndItsProgressPageFollowsItWithoutReloading(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("2019-03-browsershire-street.csv");
        Files.writeString(file, "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
                + "Crime type,Last outcome category,Context\n"
                + UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "")
                + ",2019-03,Testshire Police,Testshire Police,-1.1,52.5,On or near High Street,E01000001,"
                + "Testshire 001A,Burglary,Under investigation,\n");
        String username = TestUsers.ensure(accounts, Role.ANALYST);
        SignInPage.open(browser).signIn(username, TestUsers.PASSWORD);

        browser.go("/imports/police-uk");
        String action = browser.driver.findElement(By.cssSelector("form[enctype='multipart/form-data']"))
                .getAttribute("action");
        assertThat(action).as("no token in the address").doesNotContain("_csrf");
        assertThat(browser.driver.findElements(By.cssSelector("form[enctype='multipart/form-data'] input[name='_csrf']")))
                .as("the token is a field of the body").hasSize(1);
        browser.driver.findElement(By.id("files")).sendKeys(file.toString());
        browser.driver.findElement(By.cssSelector("form[enctype='multipart/form-data'] button")).click();
        browser.waitForPath("/imports/police-uk/runs/");

        assertThat(browser.driver.findElements(By.cssSelector("meta[http-equiv='refresh']"))).isEmpty();
        String page = browser.driver.getCurrentUrl();
        // the page replaces its content as the import advances, so a heading read a moment ago can be gone
        new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver ->
                driver.findElement(By.tagName("h1")).getText().equals("Import finished"));
        assertThat(browser.driver.getCurrentUrl()).isEqualTo(page);
        assertThat(browser.driver.findElement(By.cssSelector("[data-import-progress]")).getText())
                .containsPattern("2019-03-browsershire-street.csv: (1 rows read|already imported)");
        assertThat(browser.seriousAccessibilityViolations()).as("axe-core on the progress page").isEmpty();
    }
}
