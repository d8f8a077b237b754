package cn.zwgk.assessment.domain.evidence;

import static cn.zwgk.assessment.domain.RefusalAssert.assertBadInput;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileNameTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "C:\\Users\\x\\报告.pdf          | 报告.pdf",
        "../../etc/passwd               | passwd",
        "..\\..\\Windows\\win.ini       | win.ini",
        "/var/tmp/scan.png              | scan.png",
        "dir/sub\\mixed/last.docx       | last.docx",
        "\\\\server\\share\\台账.xlsx    | 台账.xlsx",
        "报告.pdf                        | 报告.pdf",
      })
  void keepsTheLastPathSegment(String uploaded, String expected) {
    assertThat(FileName.display(uploaded)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "报告 (最终版).pdf",
        "2026年度 政务公开（第一季度）工作台账.xlsx",
        "a.b.c.pdf",
        "scan_001-final.jpg",
        "会议纪要【第3期】.docx",
        "Ünïcödé résumé.pdf",
        "😀截图.png",
        ".hidden",
        "O'Brien & 合作方.pdf",
      })
  void keepsOrdinaryNamesExactly(String name) {
    assertThat(FileName.display(name)).isEqualTo(name);
  }

  @Test
  void stripsSurroundingSpaces() {
    assertThat(FileName.display("  报告.pdf  ")).isEqualTo("报告.pdf");
    assertThat(FileName.display("dir/  报告 终稿.pdf ")).isEqualTo("报告 终稿.pdf");
  }

  @Test
  void acceptsTwoHundredCharacters() {
    String name = "名".repeat(196) + ".pdf";

    assertThat(FileName.display(name)).isEqualTo(name).hasSize(200);
    assertThat(FileName.display("C:\\very\\long\\path\\" + name)).isEqualTo(name);
  }

  @Test
  void refusesMoreThanTwoHundredCharacters() {
    assertBadInput(() -> FileName.display("名".repeat(197) + ".pdf"), "evidence.name");
    assertBadInput(() -> FileName.display("x".repeat(1000)), "evidence.name");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        " ",
        "   ",
        ".",
        "..",
        " .. ",
        "dir/",
        "dir\\",
        "dir/.",
        "dir/..",
        "C:\\x\\..",
        "../",
        "/",
        "\\"
      })
  void refusesNamesWithNothingLeft(String uploaded) {
    assertBadInput(() -> FileName.display(uploaded), "evidence.name");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a\u0000b.pdf",
        "a\tb.pdf",
        "a\nb.pdf",
        "report.pdf\r\nX-Injected: 1",
        "\u0007bell.pdf",
        "esc\u001b[31m.pdf",
        "del\u007f.pdf",
        "nel\u0085.pdf",
        "\u202Efdp.exe",
        "a\u200Bb.pdf",
        "\uFEFFbom.pdf",
        "zw\u200Dj.pdf",
        "soft\u00ADhyphen.pdf",
        "iso\u2066late.pdf",
      })
  void refusesControlAndInvisibleCharacters(String uploaded) {
    assertBadInput(() -> FileName.display(uploaded), "evidence.name");
  }
}
