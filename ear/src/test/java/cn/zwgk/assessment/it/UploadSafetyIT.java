package cn.zwgk.assessment.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Uploads per ASVS's file-handling items, through the API: types by content, office files that are
 * zip bombs or not OOXML, names that never become paths, and each unit's storage quota (3 MB in the
 * test server's settings). Every refusal is a 400 with words and leaves the unit's evidence as it
 * was.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UploadSafetyIT {

  private static final int YEAR = 2052;
  private static final String UNIT = "guotu";
  private static final String QUOTA_UNIT = "caizheng";

  /** A unit that no other test gives evidence, racing in years of its own. */
  private static final String RACE_UNIT = "wenwu";

  private static final int RACE_YEAR = 2071;
  private static final int RACE_UPLOADS = 5;

  private static final Path STORE = Path.of("target", "it-data", "evidence");

  private static boolean opened;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource private URL base;

  private YearApi year;

  @BeforeEach
  void open() {
    year = new YearApi(base, YEAR);
    if (!opened) {
      year.createAndOpen();
      opened = true;
    }
  }

  @Test
  void officeFilesThatAreZipBombsOrNotOfficeFilesAreRefused() {
    long item = year.baseItems(UNIT).get(0).id();
    String path = year.path(UNIT) + "/evidence/" + item;
    int before = evidenceCount(UNIT);
    record Case(String name, byte[] content, String key) {}
    List<Case> cases =
        List.of(
            new Case(
                "bomb.docx",
                docxWith("word/media/zeros.bin", 300L * 1024 * 1024),
                "evidence.disguised"),
            new Case("many.docx", docxWithEntries(2_100), "evidence.disguised"),
            new Case("plain.docx", zip("a.txt", "hello"), "evidence.disguised"),
            new Case("sheet.docx", xlsx(), "evidence.disguised"),
            new Case("word.xlsx", docxWith("word/media/x.bin", 10), "evidence.disguised"),
            new Case("exe.pdf", exe(), "evidence.disguised"),
            new Case(
                "script.png",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                "evidence.disguised"),
            new Case(
                "page.html", "<html></html>".getBytes(StandardCharsets.UTF_8), "evidence.type"),
            new Case("pdf-named.exe", DataScopeIT.pdf("exe"), "evidence.type"),
            new Case("noextension", DataScopeIT.pdf("none"), "evidence.type"));
    for (Case c : cases) {
      Http.Reply reply =
          year.as(UNIT).inLanguage("en").upload(path, c.name(), "application/pdf", c.content());
      assertThat(reply.status()).as(c.name() + " " + reply.body()).isEqualTo(400);
      assertThat(reply.object().getString("error")).as(c.name()).isEqualTo(c.key());
      assertThat(reply.object().getString("message")).as(c.name()).isNotBlank().doesNotContain("{");
    }
    assertThat(evidenceCount(UNIT)).isEqualTo(before);

    Http.Reply real =
        year.as(UNIT)
            .upload(
                path, "方案.docx", "application/octet-stream", docxWith("word/media/x.bin", 1000));
    assertThat(real.status()).as(real.body()).isEqualTo(201);
    assertThat(real.object().getJsonObject("evidence").getString("type")).isEqualTo("DOCX");
  }

  @Test
  void uploadedNamesAreShownButNeverUsedAsPaths() throws IOException {
    long item = year.baseItems(UNIT).get(1).id();
    String path = year.path(UNIT) + "/evidence/" + item;
    byte[] content = DataScopeIT.pdf("traversal");
    Http.Reply reply =
        year.as(UNIT)
            .upload(path, "..\\..\\..\\standalone\\deployments\\x.pdf", "application/pdf", content);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    JsonObject evidence = reply.object().getJsonObject("evidence");
    assertThat(evidence.getString("fileName")).isEqualTo("x.pdf");
    String sha256 = evidence.getString("sha256");
    assertThat(STORE.resolve(sha256.substring(0, 2)).resolve(sha256)).exists();
    try (Stream<Path> files = Files.walk(STORE.getParent().getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("x.pdf");
    }
    for (String name :
        List.of("../", "..", "a/..", "", "\u202Egdp.exe", "a\u0000.pdf", "x\n.pdf")) {
      Http.Reply refused =
          year.as(UNIT).upload(path, name, "application/pdf", DataScopeIT.pdf(name));
      assertThat(refused.status()).as("name %s: %s", name, refused.body()).isEqualTo(400);
    }
    Http.Reply download = year.as(UNIT).get(path + "/" + evidence.getJsonNumber("id").longValue());
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.header("Content-Disposition"))
        .isEqualTo("attachment; filename*=UTF-8''x.pdf");
    assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
  }

  @Test
  void aUnitCannotStoreMoreThanItsQuota() {
    List<YearApi.Item> items = year.baseItems(QUOTA_UNIT);
    String first = year.path(QUOTA_UNIT) + "/evidence/" + items.get(0).id();
    String second = year.path(QUOTA_UNIT) + "/evidence/" + items.get(1).id();
    byte[] a = largePdf('a');
    byte[] b = largePdf('b');
    byte[] c = largePdf('c');
    assertThat(year.as(QUOTA_UNIT).upload(first, "a.pdf", "application/pdf", a).status())
        .isEqualTo(201);
    assertThat(year.as(QUOTA_UNIT).upload(first, "b.pdf", "application/pdf", b).status())
        .isEqualTo(201);
    int before = evidenceCount(QUOTA_UNIT);

    Http.Reply zh = year.as(QUOTA_UNIT).upload(first, "c.pdf", "application/pdf", c);
    assertThat(zh.status()).as(zh.body()).isEqualTo(400);
    assertThat(zh.object().getString("error")).isEqualTo("evidence.quota");
    assertThat(zh.object().getString("message")).contains("存储限额为 3 MB").contains("已占用 2.3 MB");
    Http.Reply en =
        year.as(QUOTA_UNIT).inLanguage("en").upload(second, "c.pdf", "application/pdf", c);
    assertThat(en.status()).isEqualTo(400);
    assertThat(en.object().getString("message"))
        .contains("3 MB storage quota")
        .contains("take 2.3 MB");
    assertThat(evidenceCount(QUOTA_UNIT)).isEqualTo(before);

    Http.Reply again = year.as(QUOTA_UNIT).upload(second, "a-again.pdf", "application/pdf", a);
    assertThat(again.status())
        .as("content the unit holds adds nothing: " + again.body())
        .isEqualTo(201);
    Http.Reply otherUnit =
        year.as(UNIT)
            .upload(
                year.path(UNIT) + "/evidence/" + year.baseItems(UNIT).get(2).id(),
                "c.pdf",
                "application/pdf",
                c);
    assertThat(otherUnit.status()).as("the quota is each unit's own").isEqualTo(201);
  }

  /**
   * Uploads of one unit made at the same moment, each to its own year (so that no assessment's
   * version orders them), together beyond the quota: 3 MB hold two files of 1.2 MB, so exactly two
   * are stored and the others refused for the quota, whatever the order they run in.
   */
  @Test
  void simultaneousUploadsOfOneUnitCannotTogetherPassTheQuota() throws Exception {
    List<YearApi> years =
        IntStream.range(0, RACE_UPLOADS).mapToObj(i -> new YearApi(base, RACE_YEAR + i)).toList();
    List<String> paths = new ArrayList<>();
    for (YearApi y : years) {
      y.createAndOpen();
      paths.add(y.path(RACE_UNIT) + "/evidence/" + y.baseItems(RACE_UNIT).get(0).id());
    }
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(RACE_UPLOADS);
    List<Future<Http.Reply>> replies = new ArrayList<>();
    try {
      for (int i = 0; i < RACE_UPLOADS; i++) {
        YearApi y = years.get(i);
        String path = paths.get(i);
        byte[] file = largePdf((char) ('k' + i));
        replies.add(
            pool.submit(
                () -> {
                  go.await();
                  return y.as(RACE_UNIT).upload(path, "race.pdf", "application/pdf", file);
                }));
      }
      go.countDown();
      List<String> outcomes = new ArrayList<>();
      for (Future<Http.Reply> reply : replies) {
        Http.Reply r = reply.get(120, TimeUnit.SECONDS);
        outcomes.add(
            r.status() == 201 ? "stored" : r.status() + " " + r.object().getString("error"));
      }
      assertThat(outcomes)
          .as("two files fit in the quota, no more")
          .containsOnly("stored", "400 evidence.quota")
          .filteredOn("stored"::equals)
          .hasSize(2);
    } finally {
      pool.shutdownNow();
    }
    int stored = 0;
    for (YearApi y : years) {
      stored += evidenceCount(y, RACE_UNIT);
    }
    assertThat(stored).as("files the unit holds after the race").isEqualTo(2);
  }

  private int evidenceCount(String unit) {
    return evidenceCount(year, unit);
  }

  private static int evidenceCount(YearApi year, String unit) {
    return year
        .sheet(year.admin(), unit)
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .mapToInt(i -> i.getJsonArray("evidence").size())
        .sum();
  }

  /** A PDF of 1.2 MB, different for each marker. */
  private static byte[] largePdf(char marker) {
    byte[] head = DataScopeIT.pdf(String.valueOf(marker));
    byte[] content = Arrays.copyOf(head, 1200 * 1024);
    Arrays.fill(content, head.length, content.length, (byte) marker);
    return content;
  }

  private static byte[] exe() {
    byte[] content = Arrays.copyOf("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), 512);
    System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, content, 100, 8);
    return content;
  }

  private static byte[] xlsx() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      part(zip, "[Content_Types].xml", "<Types/>");
      part(zip, "xl/workbook.xml", "<workbook/>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A word document whose extra entry unpacks to {@code zeros} bytes, written streaming. */
  private static byte[] docxWith(String entry, long zeros) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      part(zip, "[Content_Types].xml", "<Types/>");
      part(zip, "word/document.xml", "<w:document/>");
      zip.putNextEntry(new ZipEntry(entry));
      byte[] block = new byte[1 << 20];
      for (long left = zeros; left > 0; left -= block.length) {
        zip.write(block, 0, (int) Math.min(block.length, left));
      }
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] docxWithEntries(int extra) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      part(zip, "[Content_Types].xml", "<Types/>");
      part(zip, "word/document.xml", "<w:document/>");
      for (int i = 0; i < extra; i++) {
        part(zip, "word/media/" + i + ".xml", "");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] zip(String name, String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      part(zip, name, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void part(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
