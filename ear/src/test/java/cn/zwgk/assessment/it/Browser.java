package cn.zwgk.assessment.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium (Debian's chromium and chromedriver) driving the pages like a user. */
final class Browser implements AutoCloseable {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final WebDriver driver;
  private final URL base;
  private String token;

  Browser(URL base) {
    this.base = base;
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1366,900",
        "--lang=zh-CN");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")))
            .build();
    driver = new ChromeDriver(service, options);
  }

  /** Opens a page as its link in the application does (with the session's token). */
  void open(String path) {
    if (token == null && ProtectedViews.needsToken(path)) {
      go("index.xhtml");
      token = ProtectedViews.tokenIn(driver.getPageSource()).orElse(null);
    }
    go(ProtectedViews.withToken(path, token));
  }

  /** Opens an address as typed or bookmarked. */
  void go(String path) {
    driver.get(base.toExternalForm().replaceAll("/$", "") + "/" + path);
  }

  void logIn(String username, String password) {
    token = null;
    open("login.xhtml");
    type(By.id("login:username"), username);
    type(By.id("login:password"), password);
    click(By.id("login:submit"));
    // Until the answer is there: the home page, or the login page again with its message.
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(
            ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("who")),
                ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("[id='login:messages'] li"))));
  }

  void type(By field, String text) {
    WebElement element = visible(field);
    element.clear();
    element.sendKeys(text);
  }

  void click(By target) {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.elementToBeClickable(target))
        .click();
  }

  WebElement visible(By target) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(target));
  }

  String text(By target) {
    return visible(target).getText();
  }

  void waitForText(By target, String text, Duration timeout) {
    new WebDriverWait(driver, timeout)
        .until(ExpectedConditions.textToBePresentInElementLocated(target, text));
  }

  /**
   * Chooses the item of a PrimeFaces select menu whose label contains {@code label}, as a person
   * does: once its list has opened; then waits for the list to close and the menu to show the
   * choice (an item clicked while the list still opens is reverted by PrimeFaces).
   */
  void choose(String menuId, String label, Duration timeout) {
    By shown = By.id(menuId + "_label");
    click(By.id(menuId));
    new WebDriverWait(driver, timeout)
        .until(ExpectedConditions.attributeToBe(shown, "aria-expanded", "true"));
    click(By.xpath("//div[@id='" + menuId + "_panel']//li[contains(@data-label,'" + label + "')]"));
    new WebDriverWait(driver, timeout)
        .until(ExpectedConditions.attributeToBe(shown, "aria-expanded", "false"));
    waitForText(shown, label, timeout);
  }

  /** Waits until the browser has navigated to a URL that contains {@code part}. */
  void waitForUrl(String part) {
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains(part));
  }

  WebDriver driver() {
    return driver;
  }

  /** Saves a screenshot under target/screenshots, for people to look at. */
  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(
          SCREENSHOTS.resolve(name + ".png"),
          ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
