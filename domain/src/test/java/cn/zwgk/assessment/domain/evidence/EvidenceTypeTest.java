package cn.zwgk.assessment.domain.evidence;

import static cn.zwgk.assessment.domain.RefusalAssert.assertBadInput;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.assessment.domain.Refusal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceTypeTest {

  private static final String CONTENT_TYPES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";

  // ---- real minimal files -------------------------------------------------------------------

  static byte[] pdf() {
    return ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
            + "trailer\n<< /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] jpeg() {
    return bytes(
        0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01,
        0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9);
  }

  static byte[] png() {
    ByteBuffer ihdr = ByteBuffer.allocate(17);
    ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII));
    ihdr.putInt(1).putInt(1); // width, height
    ihdr.put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
    CRC32 crc = new CRC32();
    crc.update(ihdr.array());
    ByteBuffer file = ByteBuffer.allocate(8 + 4 + 17 + 4);
    file.put(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A));
    file.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
    return file.array();
  }

  static byte[] docx() {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", utf8(CONTENT_TYPES));
    parts.put("_rels/.rels", utf8("<Relationships/>"));
    parts.put(
        "word/document.xml",
        utf8("<w:document xmlns:w=\"x\"><w:body><w:p/></w:body></w:document>"));
    return zip(parts);
  }

  static byte[] xlsx() {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", utf8(CONTENT_TYPES));
    parts.put("_rels/.rels", utf8("<Relationships/>"));
    parts.put("xl/workbook.xml", utf8("<workbook><sheets/></workbook>"));
    parts.put("xl/worksheets/sheet1.xml", utf8("<worksheet/>"));
    return zip(parts);
  }

  private static byte[] bytes(int... values) {
    byte[] result = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = (byte) values[i];
    }
    return result;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A word document with {@code extra} more entries beside its two parts. */
  private static byte[] docxWithEntries(int extra) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", utf8(CONTENT_TYPES));
    parts.put("word/document.xml", utf8("<w:document/>"));
    for (int i = 0; i < extra; i++) {
      parts.put("word/media/image" + i + ".xml", new byte[0]);
    }
    return zip(parts);
  }

  /**
   * A word document whose last entry unpacks to {@code zeros} bytes of zeros, written streaming
   * with the strongest deflater: a few hundred KB that unpack to hundreds of MB.
   */
  private static byte[] docxWithZeros(long zeros) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(utf8(CONTENT_TYPES));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(utf8("<w:document/>"));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("word/media/zeros.bin"));
      byte[] chunk = new byte[1 << 20];
      for (long left = zeros; left > 0; left -= chunk.length) {
        zip.write(chunk, 0, (int) Math.min(chunk.length, left));
      }
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] withSize(byte[] head, long size) {
    return Arrays.copyOf(head, Math.toIntExact(size));
  }

  // ---- accepted ----------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "报告.pdf, PDF",
    "报告.PDF, PDF",
    "scan.Pdf, PDF",
    "photo.jpg, JPEG",
    "photo.JPG, JPEG",
    "photo.jpeg, JPEG",
    "photo.JpEg, JPEG",
    "截图.png, PNG",
    "截图.PNG, PNG",
    "制度汇编.docx, DOCX",
    "制度汇编.DOCX, DOCX",
    "台账.xlsx, XLSX",
    "台账.XlSx, XLSX",
  })
  void acceptsEachTypeUnderItsExtensions(String name, EvidenceType expected) {
    byte[] content =
        switch (expected) {
          case PDF -> pdf();
          case JPEG -> jpeg();
          case PNG -> png();
          case DOCX -> docx();
          case XLSX -> xlsx();
        };

    assertThat(EvidenceType.of(name, content)).isEqualTo(expected);
  }

  @Test
  void theLastExtensionCounts() {
    assertThat(EvidenceType.of("report.png.pdf", pdf())).isEqualTo(EvidenceType.PDF);
    assertThat(EvidenceType.of("C:\\scans\\2026.03\\page.jpg", jpeg()))
        .isEqualTo(EvidenceType.JPEG);
    assertBadInput(() -> EvidenceType.of("report.pdf.png", pdf()), "evidence.disguised");
  }

  @Test
  void contentTypes() {
    assertThat(EvidenceType.PDF.contentType()).isEqualTo("application/pdf");
    assertThat(EvidenceType.JPEG.contentType()).isEqualTo("image/jpeg");
    assertThat(EvidenceType.PNG.contentType()).isEqualTo("image/png");
    assertThat(EvidenceType.DOCX.contentType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(EvidenceType.XLSX.contentType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  // ---- disguised ---------------------------------------------------------------------------

  enum Sample {
    PDF_FILE(pdf()),
    JPEG_FILE(jpeg()),
    PNG_FILE(png()),
    DOCX_FILE(docx()),
    XLSX_FILE(xlsx()),
    TEXT(utf8("%PD just some text that claims to be a pdf")),
    HTML(utf8("<html><body>不是PDF</body></html>")),
    ZIP_WITHOUT_CONTENT_TYPES(
        zip(
            Map.of(
                "word/document.xml", utf8("<w:document/>"),
                "xl/workbook.xml", utf8("<workbook/>")))),
    BROKEN_ZIP(bytes('P', 'K', 3, 4, 0x14, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 1, 2, 3)),
    EXE(bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0)),
    PDF_SIGNATURE_LATE(utf8(" %PDF-1.4\n%%EOF"));

    final byte[] content;

    Sample(byte[] content) {
      this.content = content;
    }
  }

  @ParameterizedTest(name = "{1} named {0}")
  @CsvSource({
    "photo.pdf, PNG_FILE",
    "photo.pdf, JPEG_FILE",
    "report.docx, PDF_FILE",
    "report.docx, XLSX_FILE",
    "report.xlsx, DOCX_FILE",
    "report.xlsx, PDF_FILE",
    "report.docx, ZIP_WITHOUT_CONTENT_TYPES",
    "report.xlsx, ZIP_WITHOUT_CONTENT_TYPES",
    "report.docx, BROKEN_ZIP",
    "notes.pdf, TEXT",
    "page.pdf, HTML",
    "page.pdf, PDF_SIGNATURE_LATE",
    "photo.png, JPEG_FILE",
    "photo.jpg, PNG_FILE",
    "photo.jpeg, PDF_FILE",
    "photo.png, PDF_FILE",
    "photo.png, DOCX_FILE",
    "setup.pdf, EXE",
    "setup.jpg, EXE",
  })
  void contentThatIsNotWhatTheNameSaysIsRefused(String name, Sample sample) {
    assertBadInput(() -> EvidenceType.of(name, sample.content), "evidence.disguised");
  }

  @Test
  void theRefusalNamesTheClaimedType() {
    try {
      EvidenceType.of("photo.jpeg", pdf());
    } catch (Refusal refusal) {
      assertThat(refusal.args()).containsExactly("jpg");
      return;
    }
    throw new AssertionError("a pdf named .jpeg was accepted");
  }

  @Test
  void truncatedSignaturesAreRefused() {
    assertBadInput(() -> EvidenceType.of("a.pdf", utf8("%PDF")), "evidence.disguised");
    assertBadInput(() -> EvidenceType.of("a.jpg", bytes(0xFF, 0xD8)), "evidence.disguised");
    assertBadInput(() -> EvidenceType.of("a.png", Arrays.copyOf(png(), 7)), "evidence.disguised");
    assertBadInput(() -> EvidenceType.of("a.docx", bytes('P', 'K', 3)), "evidence.disguised");
  }

  // ---- not on the list ---------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "setup.exe",
        "page.html",
        "page.htm",
        "logo.svg",
        "report",
        "report.",
        "report.pdf.exe",
        "report.pdf ",
        "old.doc",
        "old.xls",
        "archive.zip",
        "photo.gif",
        "script.js",
        "数据.csv",
      })
  void unknownExtensionsAreRefused(String name) {
    assertBadInput(() -> EvidenceType.of(name, pdf()), "evidence.type");
  }

  @Test
  void aMissingNameIsAnUnknownType() {
    assertBadInput(() -> EvidenceType.of(null, pdf()), "evidence.type");
  }

  @Test
  void anExeWithAPdfInsideIsStillAnExe() {
    assertBadInput(() -> EvidenceType.of("invoice.exe", pdf()), "evidence.type");
    assertBadInput(() -> EvidenceType.of("logo.svg", utf8("<svg/>")), "evidence.type");
  }

  // ---- size --------------------------------------------------------------------------------

  @ParameterizedTest
  @NullAndEmptySource
  void emptyFilesAreRefused(byte[] content) {
    assertBadInput(() -> EvidenceType.of("report.pdf", content), "evidence.empty");
    assertBadInput(() -> EvidenceType.of("setup.exe", content), "evidence.empty");
  }

  @Test
  void filesOverTwentyMegabytesAreRefused() {
    assertThat(EvidenceType.MAX_BYTES).isEqualTo(20L * 1024 * 1024);

    assertBadInput(
        () -> EvidenceType.of("big.pdf", withSize(pdf(), EvidenceType.MAX_BYTES + 1)),
        "evidence.tooLarge");
    assertBadInput(
        () -> EvidenceType.of("big.exe", withSize(pdf(), EvidenceType.MAX_BYTES + 1)),
        "evidence.tooLarge");
  }

  @Test
  void aFileOfExactlyTwentyMegabytesIsAccepted() {
    assertThat(EvidenceType.of("big.pdf", withSize(pdf(), EvidenceType.MAX_BYTES)))
        .isEqualTo(EvidenceType.PDF);
  }

  @Test
  void aOneByteFileIsNotEmptyButNotAPdf() {
    assertBadInput(() -> EvidenceType.of("a.pdf", new byte[] {'%'}), "evidence.disguised");
  }

  // ---- zip bombs ---------------------------------------------------------------------------

  @Test
  void aZipBombIsRefused() {
    byte[] bomb = docxWithZeros(EvidenceType.MAX_UNPACKED_BYTES + (1 << 20));

    assertThat(bomb.length).isLessThan(1024 * 1024);
    assertBadInput(() -> EvidenceType.of("bomb.docx", bomb), "evidence.disguised");
  }

  @Test
  void aDocumentWithALargeButReasonableEntryIsAccepted() {
    byte[] document = docxWithZeros(8L << 20);

    assertThat(EvidenceType.of("big.docx", document)).isEqualTo(EvidenceType.DOCX);
  }

  @Test
  void aZipWithMoreThanTwoThousandEntriesIsRefused() {
    byte[] crowded = docxWithEntries(EvidenceType.MAX_ZIP_ENTRIES - 1);

    assertBadInput(() -> EvidenceType.of("crowded.docx", crowded), "evidence.disguised");
  }

  @Test
  void entriesThatRepeatOneNameStillCount() {
    // Distinct names of one length, then made the same in the raw bytes: a zip writer refuses to
    // write duplicates, a hostile one does not.
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", utf8(CONTENT_TYPES));
    parts.put("word/document.xml", utf8("<w:document/>"));
    for (int i = 0; i < EvidenceType.MAX_ZIP_ENTRIES; i++) {
      parts.put(String.format("dup/%05d", i), new byte[0]);
    }
    String raw = new String(zip(parts), StandardCharsets.ISO_8859_1);
    byte[] repeated =
        raw.replaceAll("dup/\\d{5}", "dup/00000").getBytes(StandardCharsets.ISO_8859_1);

    assertBadInput(() -> EvidenceType.of("repeated.docx", repeated), "evidence.disguised");
  }

  @Test
  void aZipWithTwoThousandEntriesIsAccepted() {
    byte[] full = docxWithEntries(EvidenceType.MAX_ZIP_ENTRIES - 2);

    assertThat(EvidenceType.of("full.docx", full)).isEqualTo(EvidenceType.DOCX);
  }
}
