package cn.zwgk.assessment.web.api;

import cn.zwgk.assessment.domain.assessment.ItemEntry;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.cycle.CycleItem;
import cn.zwgk.assessment.domain.evidence.Evidence;
import cn.zwgk.assessment.domain.scoring.Totals;
import cn.zwgk.assessment.domain.special.SpecialOccurrence;
import cn.zwgk.assessment.domain.special.ZeroOut;
import cn.zwgk.assessment.service.assessment.AssessmentSheet;
import cn.zwgk.assessment.service.assessment.AssessmentSummary;
import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the year's assessment (API.md), made from what the services return. */
public final class Json {

  private Json() {}

  public record CycleJson(
      int year,
      String state,
      LocalDate selfAssessmentDue,
      LocalDate scoringDue,
      Map<String, BigDecimal> settings,
      LocalDateTime createdAt,
      LocalDateTime openedAt,
      int appealWorkingDays,
      LocalDateTime publishedAt,
      LocalDate appealLastDay,
      LocalDateTime archivedAt,
      long version) {}

  public record TotalsJson(
      BigDecimal base,
      BigDecimal bonus,
      BigDecimal penalty,
      @JsonbProperty("final") BigDecimal finalScore,
      boolean zeroedOut) {}

  public record ProgressJson(long baseItems, long selfScored, long scored) {}

  public record EvidenceJson(
      long id,
      String fileName,
      String type,
      long size,
      String sha256,
      String uploadedBy,
      LocalDateTime uploadedAt) {}

  public record ItemJson(
      long id,
      String area,
      String indicator,
      String criterion,
      String kind,
      BigDecimal points,
      BigDecimal selfScore,
      String remark,
      List<EvidenceJson> evidence,
      BigDecimal score,
      String reason) {}

  public record SpecialJson(
      long id,
      String item,
      long itemId,
      String kind,
      BigDecimal points,
      LocalDate occurredOn,
      String description,
      String state,
      String recordedBy,
      String decidedBy,
      String decisionReason,
      long version,
      List<EvidenceJson> evidence) {}

  public record ZeroOutJson(
      long id,
      String reason,
      String state,
      String recordedBy,
      String decidedBy,
      String decisionReason,
      long version) {}

  public record SheetJson(
      String unit,
      String name,
      String group,
      int year,
      String state,
      long version,
      String returnComment,
      String rejectReason,
      ProgressJson progress,
      List<ItemJson> items,
      List<SpecialJson> specialItems,
      ZeroOutJson zeroOut,
      TotalsJson totals) {}

  public record SummaryJson(
      String unit,
      String name,
      String group,
      String state,
      long version,
      ProgressJson progress,
      long pendingSpecials,
      TotalsJson totals) {}

  static CycleJson cycle(AssessmentCycle c) {
    return new CycleJson(
        c.getYear(),
        c.getState().name(),
        c.getSelfAssessmentDue(),
        c.getScoringDue(),
        Map.of(
            "bonusItemCap", Decimals.json(c.getRules().bonusItemCap()),
            "bonusTotalCap", Decimals.json(c.getRules().bonusTotalCap()),
            "excellentMin", Decimals.json(c.getGrading().excellentMin()),
            "goodMin", Decimals.json(c.getGrading().goodMin()),
            "passMin", Decimals.json(c.getGrading().passMin()),
            "excellentQuotaPercent", BigDecimal.valueOf(c.getGrading().excellentQuotaPercent())),
        c.getCreatedAt(),
        c.getOpenedAt(),
        c.getAppealWorkingDays(),
        c.getPublishedAt(),
        c.getAppealLastDay(),
        c.getArchivedAt(),
        c.getVersion());
  }

  static TotalsJson totals(Totals t) {
    return new TotalsJson(
        Decimals.json(t.base()),
        Decimals.json(t.bonus()),
        Decimals.json(t.penalty()),
        Decimals.json(t.finalScore()),
        t.zeroedOut());
  }

  static SummaryJson summary(AssessmentSummary s) {
    var a = s.assessment();
    return new SummaryJson(
        a.getUnit().getCode(),
        a.getUnit().getName(),
        a.getUnit().getUnitGroup().name(),
        a.getState().name(),
        a.getVersion(),
        new ProgressJson(s.baseItems(), s.selfScored(), s.scoresVisible() ? s.scored() : 0),
        s.pendingSpecials(),
        s.scoresVisible() ? totals(s.totals()) : null);
  }

  /**
   * The sheet; a unit sees its assessor's scores and its totals only once results are published.
   */
  static SheetJson sheet(AssessmentSheet sheet) {
    var a = sheet.assessment();
    boolean scores = sheet.scoresVisible();
    List<ItemJson> items =
        sheet.items().stream()
            .map(
                i -> {
                  ItemEntry e = sheet.entry(i).orElse(null);
                  return new ItemJson(
                      i.getId(),
                      i.getArea(),
                      i.getIndicator(),
                      i.getCriterion(),
                      i.getKind().name(),
                      Decimals.json(i.getPoints()),
                      e == null ? null : Decimals.json(e.getSelfScore()),
                      e == null ? null : e.getRemark(),
                      sheet.evidenceOf(i).stream().map(Json::evidence).toList(),
                      e == null || !scores ? null : Decimals.json(e.getScore()),
                      e == null || !scores ? null : e.getReason());
                })
            .toList();
    return new SheetJson(
        a.getUnit().getCode(),
        a.getUnit().getName(),
        a.getUnit().getUnitGroup().name(),
        a.getCycle().getYear(),
        a.getState().name(),
        a.getVersion(),
        a.getReturnComment(),
        scores ? a.getRejectReason() : null,
        new ProgressJson(
            sheet.baseItemCount(), sheet.selfScoredCount(), scores ? sheet.scoredCount() : 0),
        items,
        sheet.specialItems().stream().map(o -> special(o, sheet.evidenceOf(o))).toList(),
        sheet.zeroOut().map(Json::zeroOut).orElse(null),
        scores ? totals(sheet.totals()) : null);
  }

  static SpecialJson special(SpecialOccurrence o, List<Evidence> evidence) {
    CycleItem item = o.getItem();
    return new SpecialJson(
        o.getId(),
        item.label(),
        item.getId(),
        item.getKind().name(),
        Decimals.json(item.getPoints()),
        o.getOccurredOn(),
        o.getDescription(),
        o.getDecision().name(),
        o.getRecordedBy(),
        o.getDecidedBy(),
        o.getDecisionReason(),
        o.getVersion(),
        evidence.stream().map(Json::evidence).toList());
  }

  static ZeroOutJson zeroOut(ZeroOut z) {
    return new ZeroOutJson(
        z.getId(),
        z.getReason(),
        z.getDecision().name(),
        z.getRecordedBy(),
        z.getDecidedBy(),
        z.getDecisionReason(),
        z.getVersion());
  }

  static EvidenceJson evidence(Evidence e) {
    return new EvidenceJson(
        e.getId(),
        e.getFileName(),
        e.getFile().getType().name(),
        e.getFile().getSize(),
        e.getFile().getSha256(),
        e.getUploadedBy(),
        e.getUploadedAt());
  }
}
