package cn.zwgk.assessment.it;

import jakarta.json.JsonString;
import java.net.URL;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every table of the test server's database as its row count and a digest of its rows, asked of
 * {@link SnapshotServlet}: two snapshots are equal when no row was added, removed or changed.
 */
final class DatabaseSnapshot {

  private DatabaseSnapshot() {}

  /** The snapshot, asked of the server as the office's administrator. */
  static Map<String, String> take(URL base) {
    Http.Reply reply =
        Http.as(base, "admin", Deployments.DEMO_PASSWORD).get(SnapshotServlet.PATH.substring(1));
    if (reply.status() != 200) {
      throw new IllegalStateException(
          "No database snapshot: " + reply.status() + " " + reply.body());
    }
    Map<String, String> tables = new TreeMap<>();
    reply.object().forEach((table, digest) -> tables.put(table, ((JsonString) digest).getString()));
    if (tables.isEmpty()) {
      throw new IllegalStateException("No tables found: the snapshot would prove nothing");
    }
    return tables;
  }
}
