package cn.zwgk.assessment.web.page;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A page whose opening was refused (the caller may not see that unit, or it does not exist) still
 * renders its forms empty, with a view state. A form of it posted by hand gets the same refusal as
 * the opening — its status, before any value is applied or action run — instead of an action that
 * fails later with a 200. The page's own check (its view action) runs on the GET only, so the
 * refusal is kept in the view and looked at on every postback of the view.
 */
public class RefusedViewGuard implements PhaseListener {

  private static final long serialVersionUID = 1L;

  /** The layout's form (WEB-INF/templates/layout.xhtml). */
  private static final String USER_BAR = "userbar";

  private static final String REFUSED = RefusedViewGuard.class.getName() + ".status";

  /** Remembers, for the postbacks of the view being rendered, that its opening was refused. */
  static void refuse(FacesContext faces, int status) {
    UIViewRoot view = faces.getViewRoot();
    if (view != null) {
      view.getViewMap().put(REFUSED, status);
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    UIViewRoot view = faces.getViewRoot();
    if (!faces.isPostback() || view == null) {
      return;
    }
    Map<String, Object> viewMap = view.getViewMap(false);
    if (viewMap != null
        && viewMap.get(REFUSED) instanceof Integer status
        && !onlyTheUserBar(faces, view)) {
      try {
        faces.getExternalContext().responseSendError(status, null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      faces.responseComplete();
    }
  }

  /**
   * The layout's own form (language, logout) still works on a refused page: a full postback of that
   * form alone, which Faces decodes without the page's forms. An Ajax request may name any
   * component to execute, so it never counts as that.
   */
  private static boolean onlyTheUserBar(FacesContext faces, UIViewRoot view) {
    if (faces.getPartialViewContext().isAjaxRequest()) {
      return false;
    }
    Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
    List<String> submitted = new ArrayList<>();
    collectSubmittedForms(faces, view, params, submitted);
    return submitted.equals(List.of(USER_BAR));
  }

  private static void collectSubmittedForms(
      FacesContext faces, UIComponent component, Map<String, String> params, List<String> into) {
    if (component instanceof UIForm form && params.containsKey(form.getClientId(faces))) {
      into.add(form.getClientId(faces));
    }
    component
        .getFacetsAndChildren()
        .forEachRemaining(c -> collectSubmittedForms(faces, c, params, into));
  }

  @Override
  public void beforePhase(PhaseEvent event) {}

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }
}
