package cn.zwgk.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Both languages say everything, and every refusal the code can give has its words. */
class TextsTest {

  private static final Pattern REFUSAL_KEY =
      Pattern.compile("Refusal\\.(?:badInput|forbidden|notFound|conflict)\\(\\s*\"([^\"]+)\"");

  @Test
  void bothBundlesHaveTheSameKeys() throws IOException {
    assertThat(keys("zh")).isEqualTo(keys("en")).isNotEmpty();
  }

  @Test
  void everyRefusalInTheCodeIsWorded() throws IOException {
    Set<String> used = new TreeSet<>();
    for (String module : new String[] {"domain", "ejb", "batch", "web"}) {
      try (Stream<Path> files = Files.walk(Path.of("..", module, "src", "main", "java"))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher m = REFUSAL_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
          while (m.find()) {
            used.add(m.group(1));
          }
        }
      }
    }
    assertThat(used).hasSizeGreaterThan(40);
    assertThat(keys("zh")).containsAll(used);
  }

  @ParameterizedTest
  @CsvSource({
    "zh-CN, zh",
    "'zh-CN,zh;q=0.9,en;q=0.8', zh",
    "'en-US,en;q=0.9', en",
    "en, en",
    "fr-FR, zh",
    "'', zh",
    "'not a header ;;', zh"
  })
  void theLanguageOfARequestIsChineseUnlessItAsksForEnglish(String header, String language) {
    assertThat(Texts.fromAcceptLanguage(header).getLanguage()).isEqualTo(language);
  }

  @Test
  void aMissingHeaderMeansChinese() {
    assertThat(Texts.fromAcceptLanguage(null)).isEqualTo(Texts.CHINESE);
  }

  @Test
  void argumentsThatAreKeysAreWordedInTheSameLanguage() {
    assertThat(Texts.format(Texts.CHINESE, "assessment.wrongState", "平乐镇", "state.SUBMITTED"))
        .isEqualTo("平乐镇的考核当前为“已提交”，不能进行此操作。");
    assertThat(Texts.format(Texts.ENGLISH, "text.required", "field.reason"))
        .isEqualTo("Please give the reason.");
  }

  @Test
  void yearsAreWrittenWithoutSeparators() {
    assertThat(Texts.format(Texts.ENGLISH, "cycle.notFound", 2026))
        .isEqualTo("There is no assessment for 2026.");
  }

  @Test
  void anUnknownKeyIsShownAsItIs() {
    assertThat(Texts.format(Locale.CHINA, "no.such.key")).isEqualTo("no.such.key");
  }

  private static Set<String> keys(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        TextsTest.class.getResourceAsStream(
            "/cn/zwgk/assessment/web/messages_" + language + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }
}
