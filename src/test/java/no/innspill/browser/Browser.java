package no.innspill.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * Debian's Chromium, headless, driven by Selenium: with or without JavaScript. Every page checked
 * goes through axe-core (WCAG 2.1 A and AA rules); serious or critical violations fail the test.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** A phone's window (an iPhone 12–15's CSS pixels), for the pages a respondent most often uses on one. */
    static final Dimension PHONE = new Dimension(390, 844);

    final ChromeDriver driver;
    private final Path profile;
    private final boolean javascript;
    private Dimension window = new Dimension(1280, 1000);

    private Browser(ChromeDriver driver, Path profile, boolean javascript) {
        this.driver = driver;
        this.profile = profile;
        this.javascript = javascript;
    }

    static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver (.ci/run does this)");
    }

    static Browser start(boolean javascript) {
        assumeInstalled();
        try {
            Path profile = Files.createTempDirectory("innspill-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-extensions", "--lang=nb-NO", "--window-size=1280,1000",
                    "--user-data-dir=" + profile);
            if (!javascript) {
                options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile, javascript);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same browser in a window of this size (e.g. {@link #PHONE}); {@link #screenshots} comes back to it. */
    Browser windowSize(Dimension size) {
        window = size;
        driver.manage().window().setSize(size);
        return this;
    }

    /**
     * Runs axe-core on the current page; serious and critical violations fail. axe-core is itself a
     * script, and with JavaScript switched off the browser runs none, so it checks the pages of
     * the journey with JavaScript on (the same HTML).
     */
    void assertAccessible(String page) {
        if (!javascript) {
            return;
        }
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<Rule> bad = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(bad).as("axe-core on %s (%s):%n%s", page, driver.getCurrentUrl(), bad.stream()
                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " — "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"))).isEmpty();
    }

    /** Saves the whole page at desktop width and at a 390 px phone width, for people to look at. */
    void screenshots(String name) {
        if (!javascript) {
            return; // measuring the page's height takes a script
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            for (int width : new int[] {1280, 390}) {
                driver.manage().window().setSize(new Dimension(width, 1000));
                long height = ((Number) ((JavascriptExecutor) driver)
                        .executeScript("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")).longValue();
                driver.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 600), 12000)));
                byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
                Files.write(SCREENSHOTS.resolve(name + (width == 390 ? "-phone" : "-desktop") + ".png"), png);
            }
            driver.manage().window().setSize(window);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }

    /** Tabs forward to the element, as a keyboard user would, and fails when Tab never reaches it. */
    static void tabTo(WebDriver driver, WebElement target) {
        Actions keys = new Actions(driver);
        for (int i = 0; i < 400 && !target.equals(driver.switchTo().activeElement()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(driver.switchTo().activeElement()).as("reached by Tab").isEqualTo(target);
    }

    /** Tabs to the element and presses Enter on it. */
    static void pressByKeyboard(WebDriver driver, WebElement target) {
        tabTo(driver, target);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
    }
}
