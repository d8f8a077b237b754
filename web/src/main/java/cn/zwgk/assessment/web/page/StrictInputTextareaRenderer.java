package cn.zwgk.assessment.web.page;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtextarea.InputTextarea;
import org.primefaces.component.inputtextarea.InputTextareaRenderer;

/**
 * PrimeFaces' text area, strict about what a form post carries: PrimeFaces silently cuts a text
 * longer than the field's limit, which the page itself never sends. Such a post gets a message
 * instead, and nothing is saved (the hostile-input corpus).
 */
public class StrictInputTextareaRenderer extends InputTextareaRenderer {

  @Override
  public void decode(FacesContext context, UIComponent component) {
    InputTextarea input = (InputTextarea) component;
    String raw =
        context.getExternalContext().getRequestParameterMap().get(input.getClientId(context));
    int limit = input.getMaxlength();
    // A browser counts a line break as one character and sends it as two.
    if (!input.isDisabled()
        && !input.isReadonly()
        && raw != null
        && limit > 0
        && raw.replace("\r\n", "\n").length() > limit) {
      input.setValid(false);
      context.addMessage(
          input.getClientId(context),
          new FacesMessage(FacesMessage.SEVERITY_ERROR, Pages.text("input.tooLong", limit), null));
      context.validationFailed();
      context.renderResponse();
      return;
    }
    super.decode(context, component);
  }
}
