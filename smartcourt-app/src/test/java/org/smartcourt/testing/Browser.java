package org.smartcourt.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Selenium, with axe-core checks. Without Chromium installed the browser tests
 * are skipped with a message, except where {@code SMARTCOURT_REQUIRE_BROWSER=true} (CI), where they fail.
 */
public final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private final WebDriver driver;
	private final String base;

	private Browser(WebDriver driver, String base) {
		this.driver = driver;
		this.base = base;
	}

	/** A phone-sized (390×844) or desktop-sized browser against the test server on this port. */
	public static Browser open(int port, boolean phone) {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && "true".equals(System.getenv("SMARTCOURT_REQUIRE_BROWSER"))) {
			throw new IllegalStateException("SMARTCOURT_REQUIRE_BROWSER=true but /usr/bin/chromium or chromedriver is missing");
		}
		Assumptions.assumeTrue(installed,
				"浏览器测试已跳过：未安装 Chromium（apt-get install chromium chromium-driver）。Browser test skipped: no Chromium.");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run",
				"--disable-sync", "--lang=zh-CN", phone ? "--window-size=390,844" : "--window-size=1280,900");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return new Browser(driver, "http://localhost:" + port);
	}

	public WebDriver driver() {
		return driver;
	}

	public void go(String path) {
		driver.get(base + path);
	}

	public void signIn(String username, String password) {
		go("/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		// wait for the answer to the form post, so the next navigation carries the new session
		clickAndWait(By.cssSelector("form button[type=submit]"));
	}

	/** Clicks something that loads a new page and waits until the new page has loaded. */
	public void clickAndWait(By target) {
		org.openqa.selenium.WebElement page = driver.findElement(By.tagName("html"));
		driver.findElement(target).click();
		org.openqa.selenium.support.ui.WebDriverWait wait = new org.openqa.selenium.support.ui.WebDriverWait(driver,
				Duration.ofSeconds(30));
		// Chromium sometimes reports a replaced page as "node does not belong to the document" instead of a stale
		// element: either way the old page is gone.
		wait.until(d -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.WebDriverException gone) {
				return true;
			}
		});
		wait.until(d -> "complete".equals(
				((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	public String heading() {
		return driver.findElement(By.tagName("h1")).getText();
	}

	/** Saves a PNG of the page under {@code target/screenshots/} for people to look at. */
	public void screenshot(String name) {
		try {
			Path dir = Path.of("target", "screenshots");
			Files.createDirectories(dir);
			byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
			Files.write(dir.resolve(name + ".png"), png);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Runs axe-core on the current page and fails on any serious or critical violation (WCAG 2.1 AA bar). */
	public void assertAccessible() {
		List<Rule> violations = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(driver)
			.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.toList();
		assertThat(violations).as(() -> driver.getCurrentUrl() + " has accessibility violations: "
				+ violations.stream().map(r -> r.getId() + " " + r.getNodes().size() + " nodes: " + r.getHelp()).toList())
			.isEmpty();
	}

	/** What the browser got when it fetched a link in the signed-in session. */
	public record Fetched(long status, String type, byte[] bytes) {
	}

	/** Fetches {@code href} inside the page, as the browser's download would, and hands back the bytes. */
	@SuppressWarnings("unchecked")
	public Fetched fetch(String href) {
		List<Object> result = (List<Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0], { credentials: 'same-origin' }).then(async r => {
				  const bytes = new Uint8Array(await r.arrayBuffer());
				  let binary = '';
				  for (let i = 0; i < bytes.length; i += 8192) {
				    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
				  }
				  done([r.status, r.headers.get('content-type') || '', btoa(binary)]);
				}).catch(e => done([0, String(e), '']));""", href);
		return new Fetched((Long) result.get(0), (String) result.get(1),
				Base64.getDecoder().decode((String) result.get(2)));
	}

	@Override
	public void close() {
		driver.quit();
	}
}
