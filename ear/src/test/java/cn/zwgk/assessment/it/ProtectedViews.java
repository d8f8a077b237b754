package cn.zwgk.assessment.it;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages where a user acts open only through the application's own links, which carry the
 * session's token (faces-config.xml, protected views). The test clients open a page as a user does:
 * with the token taken from a link of the home page (the tests' clients and the web benchmark's).
 */
public final class ProtectedViews {

  static final String TOKEN = "jakarta.faces.Token";

  private static final Pattern IN_LINK = Pattern.compile("jakarta\\.faces\\.Token=([^&\"'#]+)");

  private ProtectedViews() {}

  /** The token of a link in a page's HTML, if the page has such a link. */
  public static Optional<String> tokenIn(String html) {
    Matcher matcher = IN_LINK.matcher(html);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /** The page's address as the application's links give it, for pages that need the token. */
  public static String withToken(String path, String token) {
    if (token == null || !needsToken(path)) {
      return path;
    }
    return path + (path.contains("?") ? "&" : "?") + TOKEN + "=" + token;
  }

  /** Pages reached without a link (entry, login, error) do not need the token; a link has one. */
  static boolean needsToken(String path) {
    String page = path.replaceFirst("^/", "").replaceFirst("[?#].*$", "");
    return page.endsWith(".xhtml")
        && !page.equals("index.xhtml")
        && !page.equals("login.xhtml")
        && !path.contains(TOKEN + "=");
  }
}
