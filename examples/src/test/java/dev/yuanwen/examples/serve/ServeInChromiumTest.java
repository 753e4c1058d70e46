package dev.yuanwen.examples.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yuanwen.index.CorpusDocument;
import dev.yuanwen.index.CorpusIndex;
import dev.yuanwen.index.IndexProgress;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in a real browser (headless Chromium through chromedriver): a search shows hits
 * with marked words and aligned counterparts, a hostile query shows as text and runs nothing, a
 * title opens the side-by-side page and its script runs under the server's policy. Skipped when
 * {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is missing.
 */
class ServeInChromiumTest {
  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  private static final Duration WAIT = Duration.ofSeconds(10);
  /** Held so the level sticks: without selenium-devtools, Selenium warns of no CDP for this Chromium. */
  private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

  @TempDir static Path dir;
  private static CorpusIndex index;
  private static SearchServer server;
  private static ChromeDriverService service;
  private static WebDriver driver;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(CHROMIUM.canExecute(), "no " + CHROMIUM);
    Assumptions.assumeTrue(CHROMEDRIVER.canExecute(), "no " + CHROMEDRIVER);
    SELENIUM.setLevel(java.util.logging.Level.SEVERE);
    index = CorpusIndex.inMemory();
    index.addAll(CorpusDocument.readAll(List.of(Path.of("..", "corpus", "anthropic-pause"),
        Path.of("..", "corpus", "tsmc-arizona-fabs"))), IndexProgress.NONE);
    index.commit();
    server = SearchServer.start(index, "127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.port();

    service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort()
        .withLogFile(dir.resolve("chromedriver.log").toFile()).build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1200,1000", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (service != null) {
      service.stop();
    }
    if (server != null) {
      server.stop();
    }
    if (index != null) {
      index.close();
    }
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(driver, WAIT);
  }

  /** Types {@code q} into the box and submits the form; returns once the new page is there. */
  private static void search(String q) {
    WebElement box = waiting().until(ExpectedConditions.elementToBeClickable(By.name("q")));
    box.clear();
    box.sendKeys(q);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    waiting().until(ExpectedConditions.stalenessOf(box));
    waiting().until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  private static void noAlert() {
    assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), "an alert is open");
  }

  @Test
  void searchShowsMarkedHitsHostileQueriesStayTextAndTitlesOpenTheDocument() {
    driver.get(base + "/");
    assertTrue(driver.findElements(By.cssSelector(".hit")).isEmpty(), "hits before any search");
    // the style element is allowed by its hash: the page is styled
    assertEquals("rgba(245, 246, 248, 1)", driver.findElement(By.tagName("body")).getCssValue("background-color"));

    search("Anthropic 估值");
    List<WebElement> hits = waiting().until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("li.hit")));
    assertFalse(hits.isEmpty());
    WebElement first = hits.get(0);
    List<WebElement> marks = first.findElements(By.cssSelector("p.text mark"));
    assertFalse(marks.isEmpty(), "no <mark> in the first hit");
    String marked = marks.get(0).getText();
    assertTrue(marked.equalsIgnoreCase("Anthropic") || marked.equals("估值") || marked.toLowerCase().contains("valu"),
        "marked: " + marked);
    List<WebElement> aligned = first.findElements(By.cssSelector("ul.aligned li"));
    assertFalse(aligned.isEmpty(), "no aligned counterpart under the first hit");
    assertFalse(aligned.get(0).getText().isBlank());
    assertTrue(driver.findElement(By.id("summary")).getText().matches("\\d+ hits? .*"),
        driver.findElement(By.id("summary")).getText());
    assertEquals("Anthropic 估值", driver.findElement(By.name("q")).getAttribute("value"));
    String title = first.findElement(By.cssSelector("a.title")).getText();
    String href = first.findElement(By.cssSelector("a.title")).getAttribute("href");

    String hostile = "<script>alert(1)</script>";
    search(hostile);
    noAlert();
    assertEquals(hostile, driver.findElement(By.name("q")).getAttribute("value"));
    assertTrue(driver.findElements(By.tagName("script")).isEmpty(), "a script element in the page");
    String attribute = "\"><img src=x onerror=alert(1)>";
    search(attribute);
    noAlert();
    assertEquals(attribute, driver.findElement(By.name("q")).getAttribute("value"));
    assertTrue(driver.findElements(By.tagName("img")).isEmpty(), "an img element in the page");

    driver.navigate().back();
    driver.navigate().back();
    WebElement link = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.hit a.title")));
    assertEquals(href, link.getAttribute("href"));
    link.click();
    waiting().until(ExpectedConditions.urlToBe(href));
    waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "data-ready", "1")); // its script ran
    assertEquals(title, driver.findElement(By.tagName("h1")).getText());
    assertTrue(driver.findElement(By.id("digest")).isDisplayed());
    assertTrue(driver.findElement(By.id("article")).isDisplayed());
    assertFalse(driver.findElements(By.cssSelector("#digest .point")).isEmpty());
    assertFalse(driver.findElements(By.cssSelector("#article .para")).isEmpty());
    noAlert();
  }
}
