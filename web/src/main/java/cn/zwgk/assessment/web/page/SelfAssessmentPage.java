package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.assessment.ItemEntry;
import cn.zwgk.assessment.domain.assessment.UnitAssessment;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.cycle.CycleItem;
import cn.zwgk.assessment.domain.evidence.Evidence;
import cn.zwgk.assessment.domain.indicator.IndicatorTree;
import cn.zwgk.assessment.domain.scoring.Totals;
import cn.zwgk.assessment.domain.special.SpecialOccurrence;
import cn.zwgk.assessment.domain.special.ZeroOut;
import cn.zwgk.assessment.service.assessment.AssessmentService;
import cn.zwgk.assessment.service.assessment.AssessmentSheet;
import cn.zwgk.assessment.service.cycle.CycleService;
import cn.zwgk.assessment.service.evidence.EvidenceService;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.TreeNode;

/**
 * 本单位自评: a unit's clerk fills in the unit's self-assessment of a year item by item, attaches
 * evidence and submits it. The page shows the sheet the services return and sends each write with
 * the version it showed; it never shows scores or totals that the sheet keeps from the unit.
 */
@Named
@ViewScoped
public class SelfAssessmentPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CycleService cycleService;
  @EJB private AssessmentService assessments;
  @EJB private EvidenceService evidenceService;
  @Inject private CurrentUser user;

  private Integer year;
  private String unitCode;
  private List<AssessmentCycle> cycles = List.of();
  private AssessmentSheet sheet;
  private TreeNode<SelfAssessmentRow> root;
  private SelfAssessmentRow uploadRow;

  /** Called by the page's view parameter: the year asked for, else the current one. */
  public void load() {
    unitCode = user.getUnitCode();
    if (unitCode == null) {
      Pages.error("self.unitOnly");
      return;
    }
    try {
      cycles = cycleService.cycles();
      if (year == null) {
        AssessmentCycle current = cycleService.current();
        if (current == null) {
          Pages.info("self.noCycle");
          return;
        }
        year = current.getYear();
      }
      sheet = assessments.sheet(year, unitCode);
    } catch (RuntimeException e) {
      Pages.handle(e);
      return;
    }
    AssessmentSheet shown = sheet;
    List<CycleItem> base = sheet.items().stream().filter(i -> !i.getKind().isSpecial()).toList();
    root =
        IndicatorNodes.of(
            IndicatorTree.of(base),
            new IndicatorNodes.Rows<CycleItem, SelfAssessmentRow>() {
              @Override
              public SelfAssessmentRow area(IndicatorTree.Area<CycleItem> area) {
                return SelfAssessmentRow.heading("area", area.name(), area.basePoints());
              }

              @Override
              public SelfAssessmentRow indicator(IndicatorTree.Indicator<CycleItem> indicator) {
                return SelfAssessmentRow.heading(
                    "indicator", indicator.name(), indicator.basePoints());
              }

              @Override
              public SelfAssessmentRow item(CycleItem item, String level) {
                return SelfAssessmentRow.item(level, item, shown);
              }
            });
  }

  /** Saves one item's self-score and remark as typed. */
  public void save(SelfAssessmentRow row) {
    try {
      sheet =
          assessments.saveSelf(
              year,
              unitCode,
              row.getItemId(),
              row.getSelfScore(),
              row.getRemark(),
              sheet.assessment().getVersion());
      row.show(sheet);
    } catch (RuntimeException e) {
      Pages.handle(e);
      row.failed(lastMessage());
    }
  }

  /** The item whose evidence the upload dialog shows next. */
  public void chooseUpload(SelfAssessmentRow row) {
    uploadRow = row;
  }

  public void upload(FileUploadEvent event) {
    if (uploadRow == null) {
      return;
    }
    try {
      EvidenceService.Attached attached =
          evidenceService.attachToItem(
              year,
              unitCode,
              uploadRow.getItemId(),
              event.getFile().getFileName(),
              event.getFile().getContent(),
              sheet.assessment().getVersion());
      sheet = attached.sheet();
      uploadRow.showEvidence(sheet);
      Pages.info(
          attached.duplicate() ? "self.duplicate" : "self.uploaded",
          attached.evidence().getFileName());
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
  }

  /** Hands the self-assessment in; the page is then read again, read-only. */
  public String submit() {
    try {
      sheet = assessments.submit(year, unitCode, sheet.assessment().getVersion());
    } catch (RuntimeException e) {
      Pages.handle(e);
      return null;
    }
    Pages.info("self.submitted");
    return Redirect.to("/self", "year=" + year);
  }

  private static String lastMessage() {
    List<FacesMessage> messages = FacesContext.getCurrentInstance().getMessageList(null);
    return messages.isEmpty() ? null : messages.get(messages.size() - 1).getSummary();
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public List<AssessmentCycle> getCycles() {
    return cycles;
  }

  /** Null when there is nothing to show (no cycle, not a unit, a refusal). */
  public AssessmentSheet getSheet() {
    return sheet;
  }

  public UnitAssessment getAssessment() {
    return sheet.assessment();
  }

  public AssessmentCycle getCycle() {
    return sheet.assessment().getCycle();
  }

  public String getState() {
    return sheet.assessment().getState().name();
  }

  /** The unit holds its assessment and the cycle is open: the only time its entries may change. */
  public boolean isEditable() {
    return sheet != null && sheet.assessment().isEditableByUnit();
  }

  /** Still with the unit after the self-assessment deadline. */
  public boolean isOverdue() {
    LocalDate due = getCycle().getSelfAssessmentDue();
    return isEditable() && due != null && LocalDate.now().isAfter(due);
  }

  public long getBaseItemCount() {
    return sheet.baseItemCount();
  }

  public long getSelfScoredCount() {
    return sheet.selfScoredCount();
  }

  public int getProgressPercent() {
    long total = sheet.baseItemCount();
    return total == 0 ? 0 : (int) (sheet.selfScoredCount() * 100 / total);
  }

  public boolean isScoresVisible() {
    return sheet.scoresVisible();
  }

  /** The totals; null while the sheet keeps them from the unit. */
  public Totals getTotals() {
    return sheet.scoresVisible() ? sheet.totals() : null;
  }

  public TreeNode<SelfAssessmentRow> getRoot() {
    return root;
  }

  public SelfAssessmentRow getUploadRow() {
    return uploadRow;
  }

  public List<SpecialOccurrence> getSpecialItems() {
    return sheet.specialItems();
  }

  public List<Evidence> evidenceOf(SpecialOccurrence occurrence) {
    return sheet.evidenceOf(occurrence);
  }

  /** The PrimeIcons icon of an evidence file's type. */
  public String iconOf(Evidence evidence) {
    return switch (evidence.getFile().getType()) {
      case PDF -> "pi-file-pdf";
      case JPEG, PNG -> "pi-image";
      case DOCX -> "pi-file-word";
      case XLSX -> "pi-file-excel";
    };
  }

  public ZeroOut getZeroOut() {
    return sheet.zeroOut().orElse(null);
  }

  public int getRemarkMaxLength() {
    return ItemEntry.MAX_TEXT_LENGTH;
  }
}
