package cn.zwgk.assessment.service;

import cn.zwgk.assessment.domain.audit.AuditKey;
import cn.zwgk.assessment.domain.evidence.StorageQuota;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The services' settings, in one place. Each comes from a system property or an environment
 * variable (ASSESSMENT_DEMO for assessment.demo); the run script and the server configuration set
 * them.
 */
@ApplicationScoped
public class AppSettings {

  private static final Logger LOG = Logger.getLogger(AppSettings.class.getName());

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

  /**
   * The CJK font embedded in the printed report: a TrueType or OpenType file, with ",n" for the
   * n-th font of a collection. Debian's fonts-noto-cjk provides the default.
   */
  @Inject
  @ConfigProperty(
      name = "assessment.report.font",
      defaultValue = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,0")
  String reportFont;

  /**
   * The secret the audit chain is keyed with (at least 16 characters). Set it once, before the
   * first start, and keep it: events hashed under another key no longer verify. Without it the
   * development key applies, which keeps out nobody who has read the source.
   */
  @Inject
  @ConfigProperty(name = "assessment.audit.key")
  Optional<String> auditKey;

  private AuditKey key;

  @PostConstruct
  void checkAuditKey() {
    key = AuditKey.of(auditKey.orElse(null));
    if (key.isDevelopment() && !demo) {
      LOG.warning(
          "assessment.audit.key is not set: the audit trail is keyed with the development key,"
              + " so a forger with database access could re-chain it. Set a secret of your own.");
    }
  }

  public AuditKey auditKey() {
    return key;
  }

  public boolean demoMode() {
    return demo;
  }

  public String county() {
    return county;
  }

  public Path dataDir() {
    return Path.of(dataDir);
  }

  public String reportFont() {
    return reportFont;
  }

  public long importMaxBytes() {
    return importMaxBytes;
  }

  public StorageQuota evidenceQuota() {
    return new StorageQuota(evidenceQuotaBytes);
  }
}
