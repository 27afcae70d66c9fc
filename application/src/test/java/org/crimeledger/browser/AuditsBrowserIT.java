package org.crimeledger.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.UUID;

import org.crimeledger.TestUsers;
import org.crimeledger.exchange.ExtractImport;
import org.crimeledger.exchange.ImportProgress;
import org.crimeledger.exchange.InterchangeImport;
import org.crimeledger.security.Role;
import org.crimeledger.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An auditor plans an audit of an imported extract in the browser: the plan form offers the extract, a refusal is
 * shown in the GOV.UK error summary, and a sampled imported incident opens its review page; axe-core finds no serious
 * or critical violation on any of these pages.
 */
class AuditsBrowserIT extends BrowserTest {

    @Autowired
    UserAccounts accounts;

    @Autowired
    InterchangeImport importer;

    @Test
    void anAuditorPlansAnAuditOfAnImportedExtractAndOpensASampledIncident(@TempDir Path folder) throws Exception {
        long importId = importValidExtract(folder);
        String username = TestUsers.ensure(accounts, Role.AUDITOR);
        SignInPage.open(browser).signIn(username, TestUsers.PASSWORD);

        // a population the extract cannot express: refused, in the error summary
        fillPlan("Imported extract (refused)", importId);
        new Select(browser.driver.findElement(By.id("population"))).selectByValue("VULNERABLE_PEOPLE_UNIT");
        submit();
        assertThat(browser.driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
                .contains("cannot be drawn from an imported extract");
        assertThat(browser.driver.getTitle()).startsWith("Error:");
        assertThat(browser.seriousAccessibilityViolations()).as("axe-core on the refused plan form").isEmpty();

        fillPlan("Imported extract " + importId, importId);
        submit();
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(driver -> driver.getCurrentUrl().matches(".*/audits/[0-9]+")
                || !driver.findElements(By.cssSelector(".govuk-error-summary")).isEmpty());
        assertThat(browser.driver.findElements(By.cssSelector(".govuk-error-summary"))).as("no error: %s",
                browser.driver.findElement(By.tagName("main")).getText()).isEmpty();
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Imported extract " + importId);
        assertThat(browser.seriousAccessibilityViolations()).as("axe-core on the plan").isEmpty();

        WebElement first = browser.driver.findElement(By.cssSelector("#sample a[href*='/imported/']"));
        String reference = first.getText();
        first.click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(driver -> driver.getCurrentUrl().contains("/imported/"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Review " + reference);
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("Crime-recording decision",
                "Record a judgement");
        browser.screenshot("audit-imported-incident");
        assertThat(browser.seriousAccessibilityViolations()).as("axe-core on an imported incident's review").isEmpty();
    }

    private void fillPlan(String name, long importId) {
        browser.go("/audits");
        new Select(browser.driver.findElement(By.id("extractImportId"))).selectByValue(Long.toString(importId));
        type("name", name);
        type("periodFrom", "2026-03-01");
        type("periodTo", "2026-03-31");
        type("precisionPoints", "40");
        type("expectedRatePercent", "95");
        type("seed", "11");
    }

    private void submit() {
        browser.driver.findElement(By.cssSelector("form[action='/audits'] button[type='submit']")).click();
    }

    private void type(String id, String text) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** The valid fixture extract, with one incident of this run's own so each run imports an extract of its own. */
    private long importValidExtract(Path folder) throws IOException, URISyntaxException {
        Path fixture = Path.of(AuditsBrowserIT.class.getResource("/interchange/valid").toURI());
        try (var files = Files.list(fixture)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        Files.writeString(folder.resolve("incidents.csv"), "INC-" + UUID.randomUUID()
                + ",2026-03-20T10:00:00Z,false,VICTIM,,\n", StandardOpenOption.APPEND);
        ExtractImport imported = importer.importExtract(folder, "test", ImportProgress.NONE);
        assertThat(imported.status()).isEqualTo(ExtractImport.Status.LOADED);
        return imported.importId();
    }
}
