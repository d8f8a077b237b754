package cn.zwgk.assessment.domain;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Lets a lost connection reach the services as it is. EclipseLink would read again, up to three
 * times, on a connection of its own outside the transaction that the server manages: in a drill
 * that stops MariaDB during score saves, such a retry gave an item without its table, and the save
 * failed with a NullPointerException (500) instead of the outage (503) that {@link DatabaseOutage}
 * recognises and the client may retry.
 */
public class NoQueryRetry implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    session.getLogin().setQueryRetryAttemptCount(0);
  }
}
