package org.fond.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: Debian's headless Chromium driven through its chromedriver. These
 * tests fail, never skip, when Chromium is missing: {@code .ci/run} installs it. Screenshots of
 * each page go to {@code target/screenshots}.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static Served served;
    ChromeDriver driver;
    WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        assertThat(CHROMIUM).as("Debian's chromium is needed for the browser tests (apt-get install chromium chromium-driver; .ci/run does it)")
                .isExecutable();
        assertThat(CHROMEDRIVER).as("Debian's chromium-driver is needed for the browser tests (apt-get install chromium-driver)")
                .isExecutable();
        Files.createDirectories(SCREENSHOTS);
        served = Served.start();
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1000");
        // a driver service per browser: quitting the browser stops its service
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    void open(String path) {
        driver.get(served.url(path));
    }

    void screenshot(String name) throws Exception {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Test
    void searchesForASeedPhraseAndClicksThroughToTheRecord() throws Exception {
        open("/");
        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys("Ким Ир Сен");
        box.submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.hits li.hit")));
        assertThat(driver.getCurrentUrl()).contains("q=%D0%9A%D0%B8%D0%BC+%D0%98%D1%80+%D0%A1%D0%B5%D0%BD");
        assertThat(driver.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();
        screenshot("search");
        // the Cyrillic form finds seed 000 through the name authority
        driver.findElement(By.cssSelector("ol.hits li.hit h3 a[href='/records/" + TestArchive.S1 + "']")).click();
        wait.until(ExpectedConditions.urlContains("/records/"));
        assertThat(driver.getCurrentUrl()).endsWith("/records/" + TestArchive.S1);
        assertThat(driver.findElement(By.id("record-title")).getText()).startsWith("Journal of Soviet Ambassador");
        screenshot("record");
        driver.navigate().back();
        wait.until(ExpectedConditions.urlContains("/search"));
        assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("Ким Ир Сен");
    }

    @Test
    void layerTogglesShowTheTextAsWrittenOrTheApparatusAlone() throws Exception {
        open("/records/" + TestArchive.S1);
        By translator = By.cssSelector(".record-text .ann.layer-translator");
        By handwritten = By.cssSelector(".record-text .ann-handwritten");
        By plain = By.cssSelector(".record-text .run");
        assertThat(driver.findElement(translator).isDisplayed()).isTrue();
        driver.findElement(By.linkText("As written")).click();
        wait.until(ExpectedConditions.urlContains("view=original"));
        assertThat(driver.findElements(translator)).isNotEmpty().noneMatch(WebElement::isDisplayed);
        assertThat(driver.findElement(handwritten).isDisplayed()).isTrue();
        assertThat(driver.findElements(plain).stream().filter(WebElement::isDisplayed).count()).isPositive();
        screenshot("record-as-written");
        driver.findElement(By.linkText("Apparatus only")).click();
        wait.until(ExpectedConditions.urlContains("view=apparatus"));
        assertThat(driver.findElements(plain)).isNotEmpty().noneMatch(WebElement::isDisplayed);
        assertThat(driver.findElement(translator).isDisplayed()).isTrue();
        assertThat(driver.findElement(handwritten).isDisplayed()).isTrue();
        screenshot("record-apparatus");
        driver.findElement(By.linkText("With translator's additions")).click();
        wait.until(ExpectedConditions.urlContains("view=translated"));
        assertThat(driver.findElement(translator).isDisplayed()).isTrue();
    }

    @Test
    void resultsFollowTheBoxAsYouTypeAndTheUrlKeepsUp() throws Exception {
        open("/search?q=Kim");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.hits li.hit")));
        WebElement box = driver.findElement(By.id("q"));
        box.clear();
        box.sendKeys("Torbenkov"); // no Enter: the page fetches the results itself
        wait.until(ExpectedConditions.urlContains("q=Torbenkov"));
        wait.until(d -> !d.findElements(By.cssSelector(".snippet mark")).isEmpty()
                && d.findElements(By.cssSelector(".snippet mark")).stream().allMatch(m -> m.getText().equalsIgnoreCase("Torbenkov")));
        // the caret stays in the box, and a screen reader hears the new count
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
        assertThat(driver.findElement(By.id("instant-status")).getAttribute("textContent")).contains("document");
        screenshot("instant");
    }

    @Test
    void searchWorksFromTheKeyboardAlone() throws Exception {
        open("/");
        // the first Tab reaches the skip link, which moves focus to the main content
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Skip to content");
        WebElement focused = null;
        for (int i = 0; i < 10; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            focused = driver.switchTo().activeElement();
            if ("q".equals(focused.getAttribute("id"))) {
                break;
            }
        }
        assertThat(focused.getAttribute("id")).isEqualTo("q");
        String outline = (String) js("return getComputedStyle(arguments[0]).outlineStyle", focused);
        assertThat(outline).as("the focused box shows a focus ring").isNotEqualTo("none");
        new Actions(driver).sendKeys("Torbenkov").sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.hits li.hit")));
        // past the facets, whose people, organizations and places each also link to their entity page
        for (int i = 0; i < 150; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            focused = driver.switchTo().activeElement();
            if (String.valueOf(focused.getAttribute("href")).contains("/records/")) {
                break;
            }
        }
        assertThat(focused.getAttribute("href")).endsWith("/records/" + TestArchive.S1);
        screenshot("keyboard-focus-on-hit");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.urlContains("/records/"));
        assertThat(driver.findElement(By.id("record-title")).getText()).startsWith("Journal of Soviet Ambassador");
    }

    @Test
    void markupInADocumentIsInertInTheBrowser() throws Exception {
        open("/records/" + TestArchive.HOSTILE);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record-title")));
        // every payload in the fixture would set document.title to a word of its own; none may run,
        // so the title stays the record's title, shown as text
        assertThat(driver.getTitle()).isEqualTo("Memorandum about <script>document.title='pwned'</script> markup · Fond");
        assertThat(driver.findElement(By.id("record-title")).getText()).contains("<script>");
        assertThat(driver.findElement(By.cssSelector(".record-text")).getText())
                .contains("<script>document.title='body-pwned'</script>").contains("<b onclick=");
        assertThat((Long) js("return document.querySelectorAll('a[href^=\"javascript\" i], [onclick], [onerror], "
                + ".record-text b, .record-text img, .summary img').length")).isZero();
        assertThat((Long) js("return document.scripts.length")).isEqualTo(1L);
        for (WebElement a : driver.findElements(By.cssSelector("a[href]"))) {
            assertThat(a.getAttribute("href")).doesNotStartWithIgnoringCase("javascript:");
        }
        screenshot("hostile-record");
        open("/search?q=script");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.hits")));
        assertThat(driver.getTitle()).isEqualTo("script – Search · Fond");
        assertThat(driver.findElement(By.cssSelector("ol.hits")).getText()).contains("<script>");
        assertThat((Long) js("return document.scripts.length")).isEqualTo(1L);
        screenshot("hostile-search");
    }

    @Test
    void brushingTheYearHistogramFiltersToASpanOfYears() throws Exception {
        open("/search");
        List<WebElement> bars = driver.findElements(By.cssSelector("ol.histogram a[data-year]"));
        assertThat(bars).extracting(b -> b.getAttribute("data-year")).containsExactly("1955", "1957", "1958");
        new Actions(driver).clickAndHold(bars.get(0)).moveToElement(bars.get(1)).release().perform();
        wait.until(ExpectedConditions.urlContains("date"));
        assertThat(java.net.URLDecoder.decode(driver.getCurrentUrl(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("f=date:[1955 TO 1957]");
        assertThat(driver.findElement(By.cssSelector("h2.hit-count")).getText()).startsWith("2 documents");
        assertThat(driver.findElement(By.cssSelector("ul.chips")).getText()).contains("date:[1955 TO 1957]");
        screenshot("search-brushed");
    }

    @Test
    void copiesTheBibtexCitation() throws Exception {
        open("/records/" + TestArchive.S1);
        driver.executeCdpCommand("Browser.grantPermissions", java.util.Map.of("origin", served.web.baseUrl(),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        driver.findElement(By.xpath("//summary[text()='BibTeX']")).click();
        WebElement copy = driver.findElement(By.cssSelector("button.copy[data-copy=cite-bibtex]"));
        assertThat(copy.isDisplayed()).as("the script reveals the copy button").isTrue();
        copy.click();
        wait.until(ExpectedConditions.textToBePresentInElement(copy, "Copied"));
        Object copied = ((JavascriptExecutor) driver).executeAsyncScript(
                "navigator.clipboard.readText().then(arguments[0], e => arguments[0]('error: ' + e))");
        assertThat((String) copied).startsWith("@misc{wcda115956,")
                .contains("url = {https://digitalarchive.wilsoncenter.org/document/115956}");
        screenshot("record-cite-bibtex");
    }

    @Test
    void opensAnEntityPageFromAMentionInTheText() throws Exception {
        open("/records/" + TestArchive.S2);
        WebElement slip = driver.findElement(By.cssSelector(".record-text a.mention.variant-error"));
        assertThat(slip.getText()).isEqualTo("Kim II Sung");
        // the slip is drawn differently from a correct mention of the same person
        WebElement plain = driver.findElement(By.cssSelector(".record-text a.mention:not(.variant-error)[data-entity='"
                + EntitiesTest.KIM + "']"));
        assertThat(slip.getCssValue("text-decoration-style")).isNotEqualTo(plain.getCssValue("text-decoration-style"));
        screenshot("record-mentions");
        new Actions(driver).scrollToElement(plain).perform();
        plain.click();
        wait.until(ExpectedConditions.urlContains("/entities/"));
        assertThat(driver.getCurrentUrl()).endsWith("/entities/" + EntitiesTest.KIM);
        assertThat(driver.findElement(By.id("entity-name")).getText()).isEqualTo("Kim Il Sung");
        assertThat(driver.findElements(By.cssSelector("ol.entity-documents a"))).hasSizeGreaterThanOrEqualTo(2);
        screenshot("entity");
        // and on through a co-mentioned person
        WebElement other = driver.findElement(By.cssSelector("ul.co-mentioned a"));
        String name = other.getText();
        other.click();
        wait.until(ExpectedConditions.textToBe(By.id("entity-name"), name));
    }

    @Test
    void pagesHaveLandmarksLabelsAndReadableContrast() throws Exception {
        for (String path : List.of("/search?q=Kim", "/records/" + TestArchive.S1, "/browse", "/about",
                "/entities/" + EntitiesTest.KIM, "/timeline?q=Kim&year=1957", "/network?q=Kim")) {
            open(path);
            assertThat(driver.findElements(By.cssSelector("main"))).as(path).hasSize(1);
            assertThat(driver.findElements(By.cssSelector("header[role=banner], nav, footer"))).as(path).hasSizeGreaterThanOrEqualTo(3);
            assertThat(driver.findElements(By.cssSelector("h1"))).as(path).hasSize(1);
            assertThat((Long) js("return Array.from(document.querySelectorAll('input:not([type=hidden])'))"
                    + ".filter(i => !(i.labels && i.labels.length) && !i.getAttribute('aria-label')).length")).as(path).isZero();
            Double worst = (Double) js(CONTRAST, "main a, main p, main h1, main h2, main dd, main dt, main li, main .count, mark");
            assertThat(worst).as(path + " worst text contrast").isGreaterThanOrEqualTo(4.5);
            screenshot("page" + path.replaceAll("[^a-z0-9]+", "-"));
        }
    }

    /** The lowest WCAG contrast ratio between the text colour and the background of the matching elements. */
    static final String CONTRAST = """
            function rgb(c) { const m = c.match(/[\\d.]+/g).map(Number); return m; }
            function lum(c) { return 0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2]); }
            function ch(v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
            function bg(el) {
              for (let e = el; e; e = e.parentElement) {
                const c = rgb(getComputedStyle(e).backgroundColor);
                if (c.length < 4 || c[3] > 0) { return c; }
              }
              return [255, 255, 255];
            }
            let worst = 21;
            for (const el of document.querySelectorAll(arguments[0])) {
              if (!el.textContent.trim() || el.offsetParent === null) continue;
              const a = lum(rgb(getComputedStyle(el).color)), b = lum(bg(el));
              worst = Math.min(worst, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05));
            }
            return worst;
            """;
}
