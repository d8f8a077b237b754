package cn.zwgk.assessment.web.page;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * 审核: an approver compares the assessor's scores with the unit's self-assessment and approves or
 * rejects them, and decides on the unit's special items and zero-out; the office and the auditor
 * read the same page.
 */
@Named
@ViewScoped
public class ApprovePage extends SheetPage {

  private static final long serialVersionUID = 1L;

  private String rejectReason;

  public void approve() {
    try {
      show(assessments.approve(year, unit, shown().getVersion()));
      Pages.info("approve.approved", shown().getUnitName());
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
  }

  public void reject() {
    try {
      show(assessments.reject(year, unit, rejectReason, shown().getVersion()));
      rejectReason = null;
      Pages.info("approve.rejected", shown().getUnitName());
      done();
    } catch (RuntimeException e) {
      Pages.handle(e);
    }
  }

  public String getRejectReason() {
    return rejectReason;
  }

  public void setRejectReason(String rejectReason) {
    this.rejectReason = rejectReason;
  }
}
