package cn.zwgk.assessment.web.page;

import jakarta.faces.context.FacesContext;

/**
 * After a step that changes what a page may show (a submit, an opening, a new cycle), the page is
 * read again by a fresh request that keeps the step's messages.
 */
final class Redirect {

  private Redirect() {}

  /** The outcome for a view with its query, e.g. {@code to("/self", "year=2033")}. */
  static String to(String view, String query) {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return view + "?faces-redirect=true&" + query;
  }
}
