package dev.mirrorstub.server.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.mirrorstub.server.StubServer;
import dev.mirrorstub.server.admin.StubAdmin;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.CreateMirror;
import dev.mirrorstub.server.domain.InMemoryMirrorService;
import dev.mirrorstub.server.domain.MirrorTopic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * /docs in a real browser, Debian's headless Chromium driven through ChromeDriver: the page lists
 * the spec's operations, and "Try it out" on create-mirror-topic with the default example body and
 * the default Basic credentials gets 204 from the running stub, which then has the mirror. A
 * screenshot of the result is left in target/browser-test/. With the admin API on, the page's top bar
 * offers both documents, and "Try it out" on resetStub with the admin token gets 204. Needs {@code apt-get install chromium
 * chromium-driver} once (.ci/run does it); without them the test fails and says so.
 */
class DocsPageBrowserIT {

  private static final Path CHROMIUM = Path.of(System.getProperty("browser.binary", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.driver", "/usr/bin/chromedriver"));
  private static final Path SCREENSHOT = Path.of("target", "browser-test", "docs-try-it-out.png");
  private static final Path ADMIN_SCREENSHOT = Path.of("target", "browser-test", "docs-admin-reset.png");
  private static final String ADMIN_SPEC = "admin.yaml";
  private static final String CREATE_OPERATION = "createKafkaMirrorTopic";
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void docsPage_tryItOutCreateMirrorWithDefaultExampleAndCredentials_returns204AndCreatesTheMirror(
      @TempDir Path profile) throws IOException {
    assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "the browser test needs Debian's Chromium and ChromeDriver at " + CHROMIUM + " and " + CHROMEDRIVER
            + ": run `apt-get install chromium chromium-driver` once (see README)");
    JsonNode spec = new YAMLMapper().readTree(specBytes());
    StubConfig config = StubConfig.embeddedDefault();
    StubConfig.Credential key = config.credentials().stream().filter(c -> c.apiKey() != null).findFirst()
        .orElseThrow();

    InMemoryMirrorService mirrors = new InMemoryMirrorService(config);
    try (StubServer server = StubServer.start("127.0.0.1", 0, config, mirrors)) {
      JsonNode example = firstRequestExample(spec);
      String cluster = parameterExample(spec, "cluster_id");
      int before = mirrors.mirrors(cluster).size();

      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
      WebDriver browser = new ChromeDriver(service, options(profile));
      try {
        browser.get(server.baseUri() + "/docs");
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);

        wait.until(b -> !b.findElements(By.cssSelector(".opblock-summary-operation-id")).isEmpty());
        assertEquals(operationIds(spec), browser.findElements(By.cssSelector(".opblock-summary-operation-id"))
            .stream().map(WebElement::getText).collect(Collectors.toCollection(TreeSet::new)));

        authorizeBasic(browser, wait, key);
        WebElement operation = operation(browser, CREATE_OPERATION);
        operation.findElement(By.cssSelector(".opblock-summary-control")).click();
        wait.until(b -> operation.findElement(By.cssSelector("button.try-out__btn"))).click();
        WebElement body = wait.until(b -> operation.findElement(By.cssSelector("textarea.body-param__text")));
        // The spec names Confluent Cloud's placeholder host on this path; the page offers only this stub.
        List<String> servers = browser.findElements(By.cssSelector(".servers select option")).stream()
            .map(o -> o.getAttribute("value")).toList();
        assertEquals(List.of(origin(server)), servers.stream().distinct().toList(), "server choices " + servers);
        assertEquals(example, JSON.readTree(body.getAttribute("value")), "the body is the default example");
        operation.findElement(By.cssSelector("button.execute")).click();

        WebElement status = wait.until(b -> operation.findElement(
            By.cssSelector(".live-responses-table .response .response-col_status")));
        wait.until(b -> !status.getText().isBlank());
        assertEquals("204", status.getText().strip());
      } finally {
        screenshot(browser, SCREENSHOT);
        browser.quit();
        service.stop();
      }

      List<MirrorTopic> after = mirrors.mirrors(cluster);
      assertEquals(before + 1, after.size(), "the stub has the new mirror");
      assertEquals(example.get("source_topic_name").asText(), after.get(after.size() - 1).sourceTopicName());
    }
  }

  @Test
  void docsPage_adminOn_offersBothDocuments_andTryItOutResetsTheStubWithTheAdminToken(@TempDir Path profile)
      throws IOException {
    assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "see the first test");
    JsonNode api = new YAMLMapper().readTree(specBytes());
    JsonNode adminSpec = new YAMLMapper().readTree(resourceBytes(ADMIN_SPEC));
    StubConfig embedded = StubConfig.embeddedDefault();
    StubAdmin admin = StubAdmin.create(embedded);
    admin.mirrors().createMirror("cluster-1", "link-sb1", new CreateMirror("topic-1", null, null, null));
    try (StubServer server = StubServer.start("127.0.0.1", 0, admin)) {
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
      WebDriver browser = new ChromeDriver(service, options(profile));
      try {
        browser.get(server.baseUri() + "/docs");
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        WebElement selector = wait.until(b -> b.findElements(By.cssSelector(".topbar select")).stream().findFirst()
            .orElse(null));
        List<String> names = new Select(selector).getOptions().stream().map(WebElement::getText).toList();
        assertEquals(2, names.size(), names.toString());
        wait.until(b -> operationIdsOnPage(b).equals(operationIds(api)));

        new Select(selector).selectByIndex(1);
        wait.until(b -> operationIdsOnPage(b).equals(operationIds(adminSpec)));
        authorizeBearer(browser, wait, embedded.admin().token());
        WebElement reset = operation(browser, "resetStub");
        reset.findElement(By.cssSelector(".opblock-summary-control")).click();
        wait.until(b -> reset.findElement(By.cssSelector("button.try-out__btn"))).click();
        wait.until(b -> reset.findElement(By.cssSelector("button.execute"))).click();
        WebElement status = wait.until(b -> reset.findElement(
            By.cssSelector(".live-responses-table .response .response-col_status")));
        wait.until(b -> !status.getText().isBlank());
        assertEquals("204", status.getText().strip());
      } finally {
        screenshot(browser, ADMIN_SCREENSHOT);
        browser.quit();
        service.stop();
      }
      assertEquals(List.of(), admin.createdMirrors(), "the reset ran");
    }
  }

  private static Set<String> operationIdsOnPage(WebDriver browser) {
    return browser.findElements(By.cssSelector(".opblock-summary-operation-id")).stream().map(WebElement::getText)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Swagger UI's "Authorize" dialog, section of the bearer scheme: the admin token. */
  private static void authorizeBearer(WebDriver browser, WebDriverWait wait, String token) {
    authorize(browser, wait, "input", section -> section.findElement(By.cssSelector("input")).sendKeys(token));
  }

  /**
   * Opens Swagger UI's "Authorize" dialog, fills the first section that has an element matching
   * {@code sectionHas}, authorizes and closes the dialog.
   */
  private static void authorize(WebDriver browser, WebDriverWait wait, String sectionHas, Consumer<WebElement> fill) {
    browser.findElement(By.cssSelector(".auth-wrapper button.authorize")).click();
    WebElement section = wait.until(b -> b.findElements(By.cssSelector(".modal-ux .auth-container")).stream()
        .filter(c -> !c.findElements(By.cssSelector(sectionHas)).isEmpty()).findFirst().orElse(null));
    fill.accept(section);
    section.findElement(By.cssSelector("button.authorize")).click();
    wait.until(b -> b.findElement(By.cssSelector(".modal-ux")).getText().contains("Authorized"));
    browser.findElement(By.cssSelector(".modal-ux button.close-modal")).click();
  }

  /** What the browser calls the page's origin: the base URI without a trailing slash. */
  private static String origin(StubServer server) {
    String base = server.baseUri().toString();
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  private static ChromeOptions options(Path profile) {
    return new ChromeOptions()
        .setBinary(CHROMIUM.toFile())
        .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--window-size=1280,3000", "--user-data-dir=" + profile,
            // The page must work without the network: no host name resolves, except loopback.
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
  }

  /** Swagger UI's "Authorize" dialog, section of the Basic scheme: the default API key and secret. */
  private static void authorizeBasic(WebDriver browser, WebDriverWait wait, StubConfig.Credential key) {
    authorize(browser, wait, "input[type=password]", section -> {
      section.findElement(By.cssSelector("input[type=text]")).sendKeys(key.apiKey());
      section.findElement(By.cssSelector("input[type=password]")).sendKeys(key.apiSecret());
    });
  }

  private static WebElement operation(WebDriver browser, String operationId) {
    return browser.findElements(By.cssSelector(".opblock")).stream()
        .filter(op -> op.findElement(By.cssSelector(".opblock-summary-operation-id")).getText().equals(operationId))
        .findFirst().orElseThrow(() -> new AssertionError("no operation " + operationId + " on the page"));
  }

  private static void screenshot(WebDriver browser, Path file) throws IOException {
    Path png = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.createDirectories(file.getParent());
    Files.copy(png, file, StandardCopyOption.REPLACE_EXISTING);
  }

  private static byte[] specBytes() throws IOException {
    return resourceBytes(DocsResource.SPEC_RESOURCE);
  }

  private static byte[] resourceBytes(String name) throws IOException {
    try (InputStream in = DocsPageBrowserIT.class.getClassLoader().getResourceAsStream(name)) {
      return Objects.requireNonNull(in, name).readAllBytes();
    }
  }

  private static Set<String> operationIds(JsonNode spec) {
    Set<String> ids = new TreeSet<>();
    spec.get("paths").forEach(path -> path.forEach(operation -> {
      if (operation.has("operationId")) {
        ids.add(operation.get("operationId").asText());
      }
    }));
    return ids;
  }

  private static JsonNode createOperation(JsonNode spec) {
    for (JsonNode path : spec.get("paths")) {
      JsonNode post = path.get("post");
      if (post != null && CREATE_OPERATION.equals(post.path("operationId").asText())) {
        return post;
      }
    }
    throw new AssertionError("the spec has no " + CREATE_OPERATION);
  }

  /** Swagger UI puts the first of the documented request examples in the body. */
  private static JsonNode firstRequestExample(JsonNode spec) {
    return createOperation(spec).at("/requestBody/content/application~1json/examples").elements().next().get("value");
  }

  private static String parameterExample(JsonNode spec, String name) {
    for (JsonNode p : createOperation(spec).get("parameters")) {
      if (name.equals(p.get("name").asText())) {
        return p.get("example").asText();
      }
    }
    throw new AssertionError("no parameter " + name);
  }
}
