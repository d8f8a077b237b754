package cn.zwgk.assessment.it;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Deployed by {@link WebHardeningIT} only: a page that fails unexpectedly. */
@WebServlet("/it-broken-page")
public class BrokenServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException {
    throw new ServletException(new IllegalStateException(BrokenResource.DETAIL));
  }
}
