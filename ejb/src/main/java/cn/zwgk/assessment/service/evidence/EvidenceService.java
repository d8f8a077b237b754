package cn.zwgk.assessment.service.evidence;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.account.Roles;
import cn.zwgk.assessment.domain.appeal.Appeal;
import cn.zwgk.assessment.domain.assessment.UnitAssessment;
import cn.zwgk.assessment.domain.cycle.CycleItem;
import cn.zwgk.assessment.domain.evidence.Evidence;
import cn.zwgk.assessment.domain.evidence.EvidenceType;
import cn.zwgk.assessment.domain.evidence.StoredFile;
import cn.zwgk.assessment.domain.special.SpecialOccurrence;
import cn.zwgk.assessment.domain.unit.AssessedUnit;
import cn.zwgk.assessment.service.AppSettings;
import cn.zwgk.assessment.service.assessment.AssessmentService;
import cn.zwgk.assessment.service.assessment.AssessmentSheet;
import cn.zwgk.assessment.service.audit.AuditTrail;
import cn.zwgk.assessment.service.security.Caller;
import cn.zwgk.assessment.service.security.UnitScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * 佐证材料: units attach evidence to their items while they hold their assessment, and to their appeal
 * while it waits for a decision inside the window; whoever records a special item attaches its
 * evidence while it waits for approval. Files are checked by content, stored once under their hash,
 * and read back only by those who may see the unit.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.UNIT_USER, Roles.ASSESSOR, Roles.APPROVER, Roles.AUDITOR})
public class EvidenceService {

  /**
   * What an upload did: the evidence record, whether that item already had the same file, and the
   * assessment as it is now (for an item's evidence; null for a special item's).
   */
  public record Attached(Evidence evidence, boolean duplicate, AssessmentSheet sheet)
      implements Serializable {}

  @PersistenceContext private EntityManager em;
  @EJB private UnitScope scope;
  @EJB private Caller caller;
  @EJB private AuditTrail audit;
  @EJB private AssessmentService assessments;
  @Inject private EvidenceStore store;
  @Inject private AppSettings settings;

  @RolesAllowed(Roles.UNIT_USER)
  public Attached attachToItem(
      int year, String unitCode, long itemId, String fileName, byte[] content, Long version) {
    scope.requireOwnUnit(unitCode);
    UnitAssessment assessment = assessments.assessment(year, unitCode);
    CycleItem item = assessments.item(assessment, itemId);
    if (!item.isScored()) {
      throw Refusal.badInput("entry.notScored");
    }
    EvidenceType type = EvidenceType.of(fileName, content);
    checkQuota(assessment.getUnit(), content);
    assessment.checkVersion(version);
    assessment.requireWithUnit();
    StoredFile file = stored(type, content);
    Evidence same =
        em.createQuery(
                "select e from Evidence e where e.assessment = :a and e.item = :i and e.file = :f",
                Evidence.class)
            .setParameter("a", assessment)
            .setParameter("i", item)
            .setParameter("f", file)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (same != null) {
      return new Attached(same, true, assessments.sheetOf(assessment));
    }
    Evidence evidence =
        Evidence.forItem(assessment, item, file, fileName, caller.name(), LocalDateTime.now());
    em.persist(evidence);
    AssessmentSheet sheet = assessments.written(assessment);
    audit.log(
        "EVIDENCE_ADDED",
        "assessment:" + year + "/" + unitCode + "/item:" + itemId,
        unitCode,
        null,
        evidence.getFileName() + " (" + file.getSha256() + ")",
        null);
    return new Attached(evidence, false, sheet);
  }

  @RolesAllowed({Roles.ADMIN, Roles.ASSESSOR})
  public Attached attachToSpecialItem(
      int year, String unitCode, long occurrenceId, String fileName, byte[] content) {
    if (caller.hasRole(Roles.ASSESSOR)) {
      scope.requireAssigned(unitCode);
    }
    UnitAssessment assessment = assessments.assessment(year, unitCode);
    SpecialOccurrence occurrence = em.find(SpecialOccurrence.class, occurrenceId);
    if (occurrence == null || !occurrence.getAssessment().equals(assessment)) {
      throw Refusal.notFound("special.notFound", occurrenceId);
    }
    if (!Objects.equals(occurrence.getRecordedBy(), caller.name())) {
      throw Refusal.forbidden("special.notRecorder");
    }
    EvidenceType type = EvidenceType.of(fileName, content);
    checkQuota(assessment.getUnit(), content);
    if (!occurrence.isPending()) {
      throw Refusal.conflict("special.decided", "decision." + occurrence.getDecision().name());
    }
    StoredFile file = stored(type, content);
    Evidence evidence =
        Evidence.forOccurrence(occurrence, file, fileName, caller.name(), LocalDateTime.now());
    em.persist(evidence);
    em.flush();
    audit.log(
        "EVIDENCE_ADDED",
        "special:" + occurrenceId,
        unitCode,
        null,
        evidence.getFileName() + " (" + file.getSha256() + ")",
        null);
    return new Attached(evidence, false, null);
  }

  /**
   * A file in support of the unit's appeal: the one filed and not decided yet, while the window is
   * open. The same file twice for one appeal is kept once.
   */
  @RolesAllowed(Roles.UNIT_USER)
  public Attached attachToAppeal(int year, String unitCode, String fileName, byte[] content) {
    scope.requireOwnUnit(unitCode);
    UnitAssessment assessment = assessments.assessment(year, unitCode);
    Appeal appeal =
        em.createNamedQuery("Appeal.ofAssessment", Appeal.class)
            .setParameter("assessment", assessment)
            .getResultStream()
            .reduce((earlier, later) -> later)
            .orElseThrow(
                () -> Refusal.conflict("appeal.noneFiled", assessment.getUnit().getName()));
    EvidenceType type = EvidenceType.of(fileName, content);
    checkQuota(assessment.getUnit(), content);
    LocalDateTime now = LocalDateTime.now();
    appeal.requireOpenForEvidence(now.toLocalDate());
    StoredFile file = stored(type, content);
    Evidence same =
        appeal.getFiles().stream().filter(e -> e.getFile().equals(file)).findFirst().orElse(null);
    if (same != null) {
      return new Attached(same, true, null);
    }
    Evidence evidence = Evidence.forAppeal(appeal, file, fileName, caller.name(), now);
    em.persist(evidence);
    em.flush();
    audit.log(
        "EVIDENCE_ADDED",
        "appeal:" + appeal.getId(),
        unitCode,
        null,
        evidence.getFileName() + " (" + file.getSha256() + ")",
        null);
    return new Attached(evidence, false, null);
  }

  /** An evidence file of a unit, for whoever may see the unit. */
  public EvidenceFile file(int year, String unitCode, long evidenceId) {
    scope.requireVisible(unitCode);
    UnitAssessment assessment = assessments.assessment(year, unitCode);
    Evidence evidence = em.find(Evidence.class, evidenceId);
    if (evidence == null || !evidence.getAssessment().equals(assessment)) {
      throw Refusal.notFound("evidence.notFound", evidenceId);
    }
    return new EvidenceFile(evidence, store.path(evidence.getFile()));
  }

  /**
   * Refuses a file that would take the unit beyond its storage quota; content that the unit holds
   * already (the same file for another item) adds nothing. The unit's row is locked first, so that
   * uploads of one unit check and add their files one after the other (two at once could each find
   * room for one file where there is room for one only); its files are then read with a locking
   * read, which sees what the upload before committed even where the transaction reads a snapshot
   * taken earlier (MariaDB's repeatable read).
   */
  private void checkQuota(AssessedUnit unit, byte[] content) {
    em.lock(unit, LockModeType.PESSIMISTIC_WRITE);
    Map<String, Long> held = new HashMap<>();
    em.createNamedQuery("Evidence.ofUnit", Evidence.class)
        .setParameter("unit", unit)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .forEach(e -> held.put(e.getFile().getSha256(), e.getFile().getSize()));
    long used = held.values().stream().mapToLong(Long::longValue).sum();
    boolean holdsIt = held.containsKey(EvidenceStore.sha256(content));
    settings.evidenceQuota().check(used, holdsIt ? 0 : content.length);
  }

  private StoredFile stored(EvidenceType type, byte[] content) {
    String sha256 = EvidenceStore.sha256(content);
    StoredFile file =
        em.createNamedQuery("StoredFile.bySha256", StoredFile.class)
            .setParameter("sha256", sha256)
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  StoredFile created =
                      new StoredFile(sha256, content.length, type, LocalDateTime.now());
                  em.persist(created);
                  return created;
                });
    store.put(file, content);
    return file;
  }
}
