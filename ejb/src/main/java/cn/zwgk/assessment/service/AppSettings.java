package cn.zwgk.assessment.service;

import cn.zwgk.assessment.domain.evidence.StorageQuota;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The services' settings, in one place. Each comes from a system property or an environment
 * variable (ASSESSMENT_DEMO for assessment.demo); the run script and the server configuration set
 * them.
 */
@ApplicationScoped
public class AppSettings {

  /** Demo mode creates the demo accounts. The production configuration never sets it. */
  @Inject
  @ConfigProperty(name = "assessment.demo", defaultValue = "false")
  boolean demo;

  /** The county whose assessment this is, as its name appears on every page and report. */
  @Inject
  @ConfigProperty(name = "assessment.county", defaultValue = "孟津县")
  String county;

  /** Where uploaded files live: outside the web root, under the server's data directory. */
  @Inject
  @ConfigProperty(
      name = "assessment.data.dir",
      defaultValue = "${jboss.server.data.dir}/assessment")
  String dataDir;

  /** The largest unit import sheet accepted, in bytes. */
  @Inject
  @ConfigProperty(name = "assessment.import.max-bytes", defaultValue = "5242880")
  long importMaxBytes;

  /** What each unit's evidence files may take of the file store, in bytes (500 MB). */
  @Inject
  @ConfigProperty(name = "assessment.evidence.quota-bytes", defaultValue = "524288000")
  long evidenceQuotaBytes;

  public boolean demoMode() {
    return demo;
  }

  public String county() {
    return county;
  }

  public Path dataDir() {
    return Path.of(dataDir);
  }

  public long importMaxBytes() {
    return importMaxBytes;
  }

  public StorageQuota evidenceQuota() {
    return new StorageQuota(evidenceQuotaBytes);
  }
}
