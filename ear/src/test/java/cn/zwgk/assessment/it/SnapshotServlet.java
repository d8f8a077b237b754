package cn.zwgk.assessment.it;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;

/**
 * Inside the test server, for {@link DatabaseSnapshot}: every table of the database, each as its
 * row count and a SHA-256 of its rows (sorted, so that the order the database returns them in does
 * not matter), read through the application's own datasource — H2 or MariaDB alike. Only the tests
 * add it to the deployment ({@link Deployments#earWithSnapshots}), behind the login like any page.
 */
@WebServlet(SnapshotServlet.PATH)
public class SnapshotServlet extends HttpServlet {

  static final String PATH = "/it-database-snapshot";

  @Resource(lookup = "java:jboss/datasources/AssessmentDS")
  private DataSource dataSource;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    JsonObjectBuilder json = Json.createObjectBuilder();
    try (Connection connection = dataSource.getConnection()) {
      for (String table : tables(connection)) {
        // A refused login is recorded by design (the login policy audits failures): sign-in
        // events, and the chain's head that they move, are the only changes let through.
        if (!table.equalsIgnoreCase("audit_chain_head")) {
          json.add(table, digest(connection, table));
        }
      }
    } catch (SQLException e) {
      throw new IOException("Cannot read the test database", e);
    }
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(json.build().toString());
  }

  private static List<String> tables(Connection connection) throws SQLException {
    boolean h2 = connection.getMetaData().getURL().startsWith("jdbc:h2:");
    List<String> names = new ArrayList<>();
    try (ResultSet rs =
        connection
            .getMetaData()
            .getTables(
                h2 ? null : connection.getCatalog(),
                h2 ? connection.getSchema() : null,
                "%",
                new String[] {"TABLE", "BASE TABLE"})) {
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME"));
      }
    }
    return names;
  }

  private static String digest(Connection connection, String table) throws SQLException {
    String quote = connection.getMetaData().getIdentifierQuoteString().strip();
    List<String> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "select * from "
                    + quote
                    + table
                    + quote
                    + (table.equalsIgnoreCase("audit_event")
                        ? " where action not in ('LOGIN', 'LOGIN_FAILED')"
                        : ""))) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(text(rs.getObject(i))).append('\u001F');
        }
        rows.add(row.toString());
      }
    }
    rows.sort(null);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      rows.forEach(r -> sha.update((r + '\u001E').getBytes(StandardCharsets.UTF_8)));
      return rows.size() + " rows " + HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A column's value as text; large objects by their content, not their Java identity. */
  private static String text(Object value) throws SQLException {
    if (value instanceof Clob clob) {
      return clob.getSubString(1, (int) clob.length());
    }
    if (value instanceof Blob blob) {
      return HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
    }
    if (value instanceof byte[] bytes) {
      return HexFormat.of().formatHex(bytes);
    }
    return String.valueOf(value);
  }
}
