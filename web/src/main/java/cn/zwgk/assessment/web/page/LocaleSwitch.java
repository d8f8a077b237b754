package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.web.Texts;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the pages for this session: Chinese unless the user switches to English. */
@Named
@SessionScoped
public class LocaleSwitch implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale locale = Texts.CHINESE;

  public Locale getLocale() {
    return locale;
  }

  public boolean isEnglish() {
    return locale.equals(Texts.ENGLISH);
  }

  /** Switches language and stays on the same page. */
  public void switchTo(String language) {
    locale = Texts.supported(Locale.forLanguageTag(language));
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
  }
}
