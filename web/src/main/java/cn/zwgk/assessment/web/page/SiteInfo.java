package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.service.AppSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What every page shows about the installation: the county, and whether this is a demo. */
@Named
@ApplicationScoped
public class SiteInfo {

  /** Changes with every deployment, so that browsers fetch the style sheet of the new release. */
  private final String version = Long.toString(System.currentTimeMillis(), 36);

  @Inject private AppSettings settings;

  public String getVersion() {
    return version;
  }

  public String getCounty() {
    return settings.county();
  }

  public boolean isDemo() {
    return settings.demoMode();
  }
}
