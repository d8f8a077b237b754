package cn.zwgk.assessment.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR that the build made, deployed as it is: the tests test what ships. */
final class Deployments {

  static final String DEMO_PASSWORD = "Demo@2026";
  private static final String WAR = "assessment-web.war";

  private Deployments() {}

  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("it.ear")));
  }

  /**
   * The EAR with a servlet that reads every table of the database for the tests ({@link
   * SnapshotServlet}), behind the application's login like any page.
   */
  static EnterpriseArchive earWithSnapshots() {
    EnterpriseArchive ear = ear();
    ear.getAsType(WebArchive.class, WAR).addClasses(SnapshotServlet.class);
    return ear;
  }

  /**
   * The EAR with test classes in its web module, for tests that run inside the server, and AssertJ,
   * which the tests' helpers use. Arquillian's test runner servlet is opened to it like the login
   * page: everything else keeps its security.
   */
  static EnterpriseArchive earWithTests(Class<?>... classes) {
    EnterpriseArchive ear = ear();
    WebArchive war = ear.getAsType(WebArchive.class, WAR);
    war.addClasses(classes);
    war.addAsLibraries(jarOf(Assertions.class));
    String webXml;
    try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
      webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String open = "<url-pattern>/login.xhtml</url-pattern>";
    if (!webXml.contains(open)) {
      throw new IllegalStateException("web.xml no longer opens the login page as expected");
    }
    war.setWebXML(
        new StringAsset(
            webXml.replace(open, open + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern>")));
    return ear;
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
