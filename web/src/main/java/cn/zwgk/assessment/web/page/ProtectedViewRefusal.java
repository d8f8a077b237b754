package cn.zwgk.assessment.web.page;

import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A protected page (faces-config.xml) opened without the session's token or from another site is
 * refused like any other page the caller may not open: 403 and the error page, which then says why
 * and leads home. Left to the default handling it would be a 500, and an error-page mapping by
 * exception type in web.xml would name the exception class in every page's PrimeFaces settings.
 */
public class ProtectedViewRefusal extends ExceptionHandlerWrapper {

  /** The request attribute error.xhtml looks at to show the refusal's text. */
  static final String REFUSED = "protectedViewRefused";

  ProtectedViewRefusal(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      if (isRefusedOpening(events.next().getContext().getException())) {
        events.remove();
        refuse(FacesContext.getCurrentInstance());
      }
    }
    getWrapped().handle();
  }

  private static boolean isRefusedOpening(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof ProtectedViewException) {
        return true;
      }
    }
    return false;
  }

  private static void refuse(FacesContext faces) {
    if (faces.getResponseComplete()) {
      return;
    }
    faces.getExternalContext().getRequestMap().put(REFUSED, Boolean.TRUE);
    try {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** Wraps the handler configured before it (PrimeFaces'), which handles everything else. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new ProtectedViewRefusal(getWrapped().getExceptionHandler());
    }
  }
}
