package cn.zwgk.assessment.web.page;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import org.primefaces.component.inputnumber.InputNumber;
import org.primefaces.component.inputnumber.InputNumberRenderer;

/**
 * PrimeFaces' number field, strict about what a form post carries: PrimeFaces answers anything that
 * is no number ("abc", NaN) with the error page, and silently moves a number outside the field's
 * range (-1) into it. A post that the page itself cannot send gets a message instead, and nothing
 * is saved (the hostile-input corpus).
 */
public class StrictInputNumberRenderer extends InputNumberRenderer {

  @Override
  public void decode(FacesContext context, UIComponent component) {
    InputNumber input = (InputNumber) component;
    String raw =
        context
            .getExternalContext()
            .getRequestParameterMap()
            .get(input.getClientId(context) + "_hinput");
    if (!input.isDisabled()
        && !input.isReadonly()
        && raw != null
        && !raw.isBlank()
        && !fits(raw, input)) {
      Object label = input.getAttributes().get("label");
      input.setValid(false);
      context.addMessage(
          input.getClientId(context),
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              Pages.text("input.number", label == null ? "" : label),
              null));
      context.validationFailed();
      context.renderResponse();
      return;
    }
    super.decode(context, component);
  }

  private static boolean fits(String raw, InputNumber input) {
    try {
      BigDecimal value = new BigDecimal(raw.strip());
      return within(value, input.getMinValue(), 1) && within(value, input.getMaxValue(), -1);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The value is on the right side of a bound (1: at least it, -1: at most it); none: any. */
  private static boolean within(BigDecimal value, String bound, int side) {
    return bound == null || bound.isBlank() || value.compareTo(new BigDecimal(bound)) * side >= 0;
  }
}
