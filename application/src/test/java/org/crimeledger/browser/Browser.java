package org.crimeledger.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.json.JsonMapper;

/**
 * Headless Debian Chromium driven by Selenium with explicit browser and driver paths, so Selenium
 * Manager never reaches for the network. Skips the test, saying why, only when the browser is absent.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    private final String baseUrl;

    private Browser(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    static Browser open(int port) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: install Debian's chromium and chromium-driver (.ci/run does)");
        Path profile = Files.createTempDirectory("crimeledger-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
    }

    void go(String path) {
        driver.get(baseUrl + path);
    }

    /**
     * The computed style once the page has settled: waits up to five seconds for the expected value,
     * then returns whatever the browser computed, for the caller to assert on.
     */
    String computedStyle(String selector, String property, String expected) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5))
                    .until(d -> expected.equals(computedStyle(selector, property)));
        } catch (TimeoutException e) {
            // fall through: the assertion on the returned value reports what was found
        }
        return computedStyle(selector, property);
    }

    String computedStyle(String selector, String property) {
        return (String) driver.executeScript(
                "return getComputedStyle(document.querySelector(arguments[0])).getPropertyValue(arguments[1]);",
                selector, property);
    }

    /** Waits until the browser has navigated away from a page, so no element of the old page is read. */
    void waitUntilLeaving(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains(path));
    }

    void waitForPath(String suffix) {
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.urlContains(suffix));
    }

    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** Runs axe-core on the current page and returns the serious and critical violations, described. */
    List<String> seriousAccessibilityViolations() {
        driver.executeScript(axeSource());
        Object json = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(result => done(JSON.stringify(result.violations)))
                   .catch(error => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(error), nodes: []}])));
                """);
        List<String> serious = new ArrayList<>();
        for (Object item : JsonMapper.builder().build().readValue((String) json, List.class)) {
            Map<?, ?> violation = (Map<?, ?>) item;
            Object impact = violation.get("impact");
            if ("serious".equals(impact) || "critical".equals(impact)) {
                serious.add(impact + " " + violation.get("id") + ": " + violation.get("help") + " " + violation.get("nodes"));
            }
        }
        return serious;
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core is missing from the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
