package cn.zwgk.assessment.service.demo;

import cn.zwgk.assessment.domain.account.Roles;
import cn.zwgk.assessment.domain.account.UserAccount;
import cn.zwgk.assessment.domain.appeal.Appeal;
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
import cn.zwgk.assessment.domain.ranking.Ranking;
import cn.zwgk.assessment.domain.result.UnitResult;
import cn.zwgk.assessment.domain.special.SpecialOccurrence;
import cn.zwgk.assessment.domain.unit.AssessedUnit;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import cn.zwgk.assessment.service.AppSettings;
import cn.zwgk.assessment.service.assessment.AssessmentService;
import cn.zwgk.assessment.service.audit.AuditTrail;
import cn.zwgk.assessment.service.cycle.CycleService;
import cn.zwgk.assessment.service.cycle.WorkingCalendarService;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Demo mode's years: an open cycle for the current year in which units stand at every step — some
 * not started, some filling in, submitted, returned, being scored, scored, approved — with a few
 * special items, so that every demo account finds real work when it logs in; and the year before,
 * closed, ranked, published and archived with one appeal settled, so that results, appeals and the
 * analysis across years have something to show. Made once, when there is no cycle yet; the same
 * every time (a fixed seed).
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
  @EJB private AssessmentService assessmentService;
  @EJB private WorkingCalendarService calendar;

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
    List<UnitAssessment> assessments = assessmentsOf(cycle);
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
    createArchivedYear(year - 1, today);
  }

  /**
   * The year before, as the office left it: every unit assessed, scored and approved, a few special
   * items approved, the year closed by the close's rules (each unit's totals as the sheet computes
   * them, ranks and grades by the ranking rules), published in January, the appeal of the unit that
   * came last rejected, and the year archived. Dates move back when today is too early in January.
   */
  private void createArchivedYear(int year, LocalDate today) {
    LocalDate published = LocalDate.of(year + 1, 1, 12);
    if (published.plusDays(45).isAfter(today)) {
      published = today.minusDays(45);
    }
    LocalDateTime approvedAt = published.minusDays(15).atTime(16, 0);
    cycles.create(year);
    cycles.setDeadlines(year, LocalDate.of(year, 12, 20), LocalDate.of(year, 12, 31), null);
    AssessmentCycle cycle = cycles.open(year, null);
    Random random = new Random(year);
    List<UnitAssessment> assessments = assessmentsOf(cycle);
    for (UnitAssessment assessment : assessments) {
      List<CycleItem> items = cycles.items(year, assessment.getUnit().getUnitGroup());
      List<ItemEntry> entries = selfAssess(assessment, items, Stage.APPROVED, random);
      assessment.submit(0, approvedAt);
      score(entries, Stage.APPROVED, random);
      assessment.markScored(0, ASSESSOR, approvedAt);
      assessment.approve(APPROVER, List.of(ASSESSOR), approvedAt);
    }
    List<CycleItem> specials = items(year, assessments);
    for (int i = 0; i < 4 && i * 5 < assessments.size(); i++) {
      UnitAssessment assessment = assessments.get(i * 5);
      SpecialOccurrence occurrence =
          new SpecialOccurrence(
              assessment,
              first(specials, assessment, i == 3 ? ItemKind.PENALTY : ItemKind.BONUS),
              LocalDate.of(year, 9, 1),
              i == 3 ? "未按要求参加全县政务公开业务培训。" : "政务公开工作经验被市政府网站专题报道。",
              ASSESSOR,
              approvedAt);
      occurrence.approve(APPROVER, approvedAt);
      em.persist(occurrence);
    }
    List<UnitResult> results = close(cycle, published.minusDays(4).atTime(10, 0));
    cycle.publish(published.atTime(9, 0), calendar.calendar());
    UnitResult last = results.stream().max(Comparator.comparing(UnitResult::getRank)).orElseThrow();
    rejectedAppeal(assessmentOf(assessments, last), published.plusDays(1).atTime(10, 30));
    cycle.archive(0, published.plusDays(30).atTime(10, 0));
    audit.record(
        new AuditRecord(
            "system",
            "DEMO_YEAR_CREATED",
            "cycle:" + year,
            null,
            null,
            cycle.getState().name(),
            "demo mode"));
    LOG.info(() -> "Demo mode: created the " + year + " cycle, closed, published and archived");
  }

  /**
   * What the close job does, on a year small enough to do at once: every assessment final, its
   * totals recorded as the result, and each group ranked and graded by the year's rules.
   */
  private List<UnitResult> close(AssessmentCycle cycle, LocalDateTime closedAt) {
    cycle.startClosing();
    em.flush();
    em.createNamedQuery("UnitAssessment.makeFinal").setParameter("cycle", cycle).executeUpdate();
    List<UnitResult> results = new ArrayList<>();
    for (UnitAssessment assessment : assessmentsOf(cycle)) {
      em.refresh(assessment);
      UnitResult result =
          new UnitResult(
              cycle,
              assessment.getUnit(),
              assessmentService.sheetOf(assessment).totals(),
              closedAt);
      em.persist(result);
      results.add(result);
    }
    Map<String, UnitResult> byUnit =
        results.stream().collect(Collectors.toMap(r -> r.getUnit().getCode(), Function.identity()));
    for (UnitGroup group : UnitGroup.values()) {
      List<Ranking.Entry> entries =
          results.stream()
              .filter(r -> r.getUnitGroup() == group)
              .map(
                  r ->
                      new Ranking.Entry(
                          r.getUnit().getCode(), r.getFinalScore(), r.getUnit().getPosition()))
              .toList();
      Ranking.rank(entries, cycle.getGrading())
          .forEach(placed -> byUnit.get(placed.unit()).place(placed));
    }
    cycle.finishClosing(closedAt);
    return results;
  }

  /**
   * The unit that came last disputes a deduction, with a scanned document; the office rejects it.
   */
  private void rejectedAppeal(UnitAssessment assessment, LocalDateTime filedAt) {
    String clerk = assessment.getUnit().getCode();
    Appeal appeal =
        Appeal.file(
            assessment,
            "第3项“信息公开目录”已于年中补充完善，扣分依据的检查时间早于整改完成时间，请复核。",
            "整改完成情况说明（盖章扫描件）",
            false,
            clerk,
            filedAt);
    em.persist(appeal);
    em.persist(
        Evidence.forAppeal(
            appeal, storedSample(clerk + " appeal"), "整改完成情况说明.pdf", clerk, filedAt));
    appeal.reject("admin", "检查时目录确未更新，扣分依据充分；整改情况已记录，可在下一年度体现。", filedAt.plusDays(2));
  }

  private static UnitAssessment assessmentOf(List<UnitAssessment> assessments, UnitResult result) {
    return assessments.stream()
        .filter(a -> a.getUnit().equals(result.getUnit()))
        .findFirst()
        .orElseThrow();
  }

  private List<UnitAssessment> assessmentsOf(AssessmentCycle cycle) {
    return em
        .createNamedQuery("UnitAssessment.ofCycle", UnitAssessment.class)
        .setParameter("cycle", cycle)
        .getResultList()
        .stream()
        .sorted((a, b) -> AssessedUnit.OFFICIAL_ORDER.compare(a.getUnit(), b.getUnit()))
        .toList();
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
    em.persist(
        Evidence.forItem(
            assessment,
            item,
            storedSample(assessment.getUnit().getCode() + " " + item.getId()),
            "佐证材料-" + item.getPosition() + ".pdf",
            assessment.getUnit().getCode(),
            LocalDateTime.now()));
  }

  private StoredFile storedSample(String text) {
    byte[] pdf = samplePdf(text);
    StoredFile file =
        new StoredFile(
            EvidenceStore.sha256(pdf), pdf.length, EvidenceType.PDF, LocalDateTime.now());
    em.persist(file);
    store.put(file, pdf);
    return file;
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
