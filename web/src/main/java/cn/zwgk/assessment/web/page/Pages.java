package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.web.Failures;
import cn.zwgk.assessment.web.Texts;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Messages for the page the user is on, in its language. */
public final class Pages {

  private Pages() {}

  /**
   * In the language the user chose: a page's load runs before the layout's {@code f:view} gives the
   * view that language, while the view still has the browser's.
   */
  public static String text(String key, Object... args) {
    return Texts.format(CDI.current().select(LocaleSwitch.class).get().getLocale(), key, args);
  }

  public static void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, text(key, args));
  }

  public static void error(String key, Object... args) {
    add(FacesMessage.SEVERITY_ERROR, text(key, args));
  }

  /** The service refused: say why, as the API would. */
  public static void refused(Refusal refusal) {
    error(refusal.key(), refusal.args().toArray());
  }

  /**
   * Shows a refusal (also one the container wrapped: a missing role, a lost race) as a message on
   * the page; anything else is a real error and goes on to the error page.
   */
  public static void handle(RuntimeException failure) {
    refused(Failures.refusal(failure).orElseThrow(() -> failure));
  }

  /**
   * As {@link #handle}, for a page opened on data that the caller may not see (403) or that does
   * not exist (404): the response's status says so as well, as the API's would, and so does any
   * postback of that page.
   */
  public static void handleOpening(RuntimeException failure) {
    Refusal refusal = Failures.refusal(failure).orElseThrow(() -> failure);
    switch (refusal.kind()) {
      case FORBIDDEN -> refuseView(403);
      case NOT_FOUND -> refuseView(404);
      case UNAVAILABLE -> status(503);
      default -> {}
    }
    refused(refusal);
  }

  /** The page's status, and the same for any form of it posted later ({@link RefusedViewGuard}). */
  private static void refuseView(int status) {
    status(status);
    RefusedViewGuard.refuse(FacesContext.getCurrentInstance(), status);
  }

  private static void status(int status) {
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
