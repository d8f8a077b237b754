package cn.zwgk.assessment.service.demo;

import cn.zwgk.assessment.domain.account.Roles;
import cn.zwgk.assessment.domain.account.UserAccount;
import cn.zwgk.assessment.domain.assessment.AssessmentState;
import cn.zwgk.assessment.domain.assessment.ItemEntry;
import cn.zwgk.assessment.domain.assessment.UnitAssessment;
import cn.zwgk.assessment.domain.assignment.AssessorAssignment;
import cn.zwgk.assessment.domain.audit.AuditRecord;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.cycle.CycleItem;
import cn.zwgk.assessment.domain.evidence.Evidence;
import cn.zwgk.assessment.domain.evidence.EvidenceType;
import cn.zwgk.assessment.domain.evidence.StoredFile;
import cn.zwgk.assessment.domain.indicator.ItemKind;
import cn.zwgk.assessment.domain.indicator.Points;
import cn.zwgk.assessment.domain.special.SpecialOccurrence;
import cn.zwgk.assessment.domain.unit.AssessedUnit;
import cn.zwgk.assessment.service.AppSettings;
import cn.zwgk.assessment.service.audit.AuditTrail;
import cn.zwgk.assessment.service.cycle.CycleService;
import cn.zwgk.assessment.service.evidence.EvidenceStore;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;

/**
 * Demo mode's year: an open cycle for the current year in which units stand at every step — some
 * not started, some filling in, submitted, returned, being scored, scored, approved — with a few
 * special items, so that every demo account finds real work when it logs in. Made once, when there
 * is no cycle yet; the same every time (a fixed seed).
 */
@Singleton
@Startup
@DependsOn("DemoData")
@RunAs(Roles.ADMIN)
public class DemoYear {

  private static final Logger LOG = Logger.getLogger(DemoYear.class.getName());
  private static final String ASSESSOR = "assessor1";
  private static final String APPROVER = "approver1";
  private static final List<String> DEDUCTIONS =
      List.of(
          "佐证材料不完整，缺少会议记录。",
          "网站栏目更新不及时，部分信息超过 20 个工作日未公开。",
          "未提供年度培训通知及签到表。",
          "制度文件未正式印发。",
          "政策解读与文件未相互链接。",
          "舆情处置记录缺少领导批示。");

  @Inject private AppSettings settings;
  @PersistenceContext private EntityManager em;
  @EJB private CycleService cycles;
  @EJB private AuditTrail audit;
  @Inject private EvidenceStore store;

  @PostConstruct
  void create() {
    if (!settings.demoMode() || !cycles.cycles().isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now();
    int year = today.getYear();
    cycles.create(year);
    cycles.setDeadlines(year, LocalDate.of(year, 12, 20), LocalDate.of(year, 12, 31), null);
    AssessmentCycle cycle = cycles.open(year, null);
    assignAllUnitsTo(ASSESSOR);

    Random random = new Random(year);
    List<UnitAssessment> assessments =
        em
            .createNamedQuery("UnitAssessment.ofCycle", UnitAssessment.class)
            .setParameter("cycle", cycle)
            .getResultList()
            .stream()
            .sorted((a, b) -> AssessedUnit.OFFICIAL_ORDER.compare(a.getUnit(), b.getUnit()))
            .toList();
    LocalDateTime now = LocalDateTime.now();
    for (int i = 0; i < assessments.size(); i++) {
      UnitAssessment assessment = assessments.get(i);
      List<CycleItem> items = cycles.items(year, assessment.getUnit().getUnitGroup());
      Stage stage = Stage.of(i);
      if (stage == Stage.NOT_STARTED) {
        continue;
      }
      List<ItemEntry> entries = selfAssess(assessment, items, stage, random);
      if (stage == Stage.SELF_ASSESSING) {
        continue;
      }
      assessment.submit(0, now);
      if (stage == Stage.SUBMITTED) {
        continue;
      }
      if (stage == Stage.RETURNED) {
        assessment.returnToUnit("请补充“政府信息公开”各项的佐证材料（网站截图、公开目录）后重新提交。");
        continue;
      }
      score(entries, stage, random);
      if (stage == Stage.SCORING) {
        continue;
      }
      assessment.markScored(0, ASSESSOR, now);
      if (stage == Stage.APPROVED) {
        assessment.approve(APPROVER, List.of(ASSESSOR), now);
      }
    }
    recordSpecialItems(assessments, items(year, assessments), now);
    audit.record(
        new AuditRecord(
            "system",
            "DEMO_YEAR_CREATED",
            "cycle:" + year,
            null,
            null,
            assessments.size() + " units",
            "demo mode"));
    LOG.info(() -> "Demo mode: created the " + year + " cycle with units at every step");
  }

  /** Where each unit of the official list stands, by its position. */
  private enum Stage {
    NOT_STARTED,
    SELF_ASSESSING,
    SUBMITTED,
    RETURNED,
    SCORING,
    SCORED,
    APPROVED;

    static Stage of(int position) {
      return switch (position % 9) {
        case 0, 7 -> APPROVED;
        case 1 -> SCORED;
        case 2 -> SCORING;
        case 3 -> RETURNED;
        case 4 -> SUBMITTED;
        case 5 -> SELF_ASSESSING;
        default -> NOT_STARTED;
      };
    }
  }

  private List<ItemEntry> selfAssess(
      UnitAssessment assessment, List<CycleItem> items, Stage stage, Random random) {
    List<CycleItem> scored = items.stream().filter(CycleItem::isScored).toList();
    int count = stage == Stage.SELF_ASSESSING ? scored.size() / 2 : scored.size();
    List<ItemEntry> entries = new ArrayList<>();
    for (CycleItem item : scored.subList(0, count)) {
      ItemEntry entry = new ItemEntry(assessment, item);
      BigDecimal self = random.nextInt(6) == 0 ? lower(item.getPoints(), random) : item.getPoints();
      entry.setSelf(self, random.nextInt(4) == 0 ? "已按要求完成，详见佐证材料。" : null);
      em.persist(entry);
      entries.add(entry);
      if (random.nextInt(8) == 0) {
        attachSample(assessment, item);
      }
    }
    return entries;
  }

  private void score(List<ItemEntry> entries, Stage stage, Random random) {
    int count = stage == Stage.SCORING ? entries.size() / 3 : entries.size();
    for (ItemEntry entry : entries.subList(0, count)) {
      BigDecimal points = entry.getItem().getPoints();
      if (random.nextInt(4) == 0) {
        entry.setScore(
            lower(points, random), DEDUCTIONS.get(random.nextInt(DEDUCTIONS.size())), ASSESSOR);
      } else {
        entry.setScore(points, null, ASSESSOR);
      }
    }
  }

  /** Half a point or a point less than full marks, never below 0. */
  private static BigDecimal lower(BigDecimal points, Random random) {
    BigDecimal less = points.subtract(random.nextBoolean() ? Points.HALF : BigDecimal.ONE);
    return Points.normalize(less.max(BigDecimal.ZERO));
  }

  /**
   * Three approved bonuses for approved units; a bonus and two penalties that wait for the
   * approver.
   */
  private void recordSpecialItems(
      List<UnitAssessment> assessments, List<CycleItem> specials, LocalDateTime now) {
    LocalDate date = now.toLocalDate().minusDays(30);
    if (date.getYear() != now.getYear()) {
      date = LocalDate.of(now.getYear(), 1, 1);
    }
    List<UnitAssessment> approved =
        assessments.stream().filter(UnitAssessment::isApproved).toList();
    List<UnitAssessment> others =
        assessments.stream().filter(a -> a.getState() == AssessmentState.SCORED).toList();
    for (UnitAssessment assessment : approved.subList(0, Math.min(3, approved.size()))) {
      SpecialOccurrence bonus =
          new SpecialOccurrence(
              assessment,
              first(specials, assessment, ItemKind.BONUS),
              date,
              "政务公开工作经验被市政府网站专题报道。",
              ASSESSOR,
              now);
      bonus.approve(APPROVER, now);
      em.persist(bonus);
    }
    if (approved.size() > 3) {
      em.persist(
          new SpecialOccurrence(
              approved.get(3),
              first(specials, approved.get(3), ItemKind.BONUS),
              date,
              "县政府主要领导批示表扬其政务公开工作。",
              ASSESSOR,
              now));
    }
    for (UnitAssessment assessment : others.subList(0, Math.min(2, others.size()))) {
      em.persist(
          new SpecialOccurrence(
              assessment,
              first(specials, assessment, ItemKind.PENALTY),
              date,
              "未按要求参加全县政务公开业务培训。",
              ASSESSOR,
              now));
    }
  }

  private static CycleItem first(List<CycleItem> items, UnitAssessment assessment, ItemKind kind) {
    return items.stream()
        .filter(i -> i.getKind() == kind)
        .filter(i -> i.getTemplate().getUnitGroup() == assessment.getUnit().getUnitGroup())
        .findFirst()
        .orElseThrow();
  }

  private List<CycleItem> items(int year, List<UnitAssessment> assessments) {
    return assessments.stream()
        .map(a -> a.getUnit().getUnitGroup())
        .distinct()
        .flatMap(g -> cycles.items(year, g).stream())
        .toList();
  }

  private void assignAllUnitsTo(String assessorName) {
    UserAccount assessor =
        em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
            .setParameter("username", assessorName)
            .getSingleResult();
    for (AssessedUnit unit :
        em.createNamedQuery("AssessedUnit.all", AssessedUnit.class).getResultList()) {
      em.persist(new AssessorAssignment(assessor, unit));
    }
  }

  /** A one-page PDF, as a unit would scan its meeting minutes. */
  private void attachSample(UnitAssessment assessment, CycleItem item) {
    byte[] pdf = samplePdf(assessment.getUnit().getCode() + " " + item.getId());
    String sha256 = EvidenceStore.sha256(pdf);
    StoredFile file = new StoredFile(sha256, pdf.length, EvidenceType.PDF, LocalDateTime.now());
    em.persist(file);
    store.put(file, pdf);
    em.persist(
        Evidence.forItem(
            assessment,
            item,
            file,
            "佐证材料-" + item.getPosition() + ".pdf",
            assessment.getUnit().getCode(),
            LocalDateTime.now()));
  }

  private static byte[] samplePdf(String text) {
    String content = "BT /F1 18 Tf 72 720 Td (" + text + ") Tj ET";
    String pdf =
        "%PDF-1.4\n"
            + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            + " /Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
            + "4 0 obj << /Length "
            + content.length()
            + " >> stream\n"
            + content
            + "\nendstream endobj\n"
            + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n";
    return pdf.getBytes(StandardCharsets.US_ASCII);
  }
}
