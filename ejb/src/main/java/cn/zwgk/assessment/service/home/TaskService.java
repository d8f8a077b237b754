package cn.zwgk.assessment.service.home;

import static cn.zwgk.assessment.domain.assessment.AssessmentState.NOT_STARTED;
import static cn.zwgk.assessment.domain.assessment.AssessmentState.RETURNED;
import static cn.zwgk.assessment.domain.assessment.AssessmentState.SCORED;
import static cn.zwgk.assessment.domain.assessment.AssessmentState.SCORING;
import static cn.zwgk.assessment.domain.assessment.AssessmentState.SELF_ASSESSING;
import static cn.zwgk.assessment.domain.assessment.AssessmentState.SUBMITTED;

import cn.zwgk.assessment.domain.account.Roles;
import cn.zwgk.assessment.domain.appeal.AppealState;
import cn.zwgk.assessment.domain.assessment.AssessmentState;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.cycle.CycleState;
import cn.zwgk.assessment.service.appeal.AppealService;
import cn.zwgk.assessment.service.assessment.AssessmentService;
import cn.zwgk.assessment.service.assessment.AssessmentSummary;
import cn.zwgk.assessment.service.cycle.CycleService;
import cn.zwgk.assessment.service.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** What waits for the caller in the current cycle, for the home page of each role. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.UNIT_USER, Roles.ASSESSOR, Roles.APPROVER, Roles.AUDITOR})
public class TaskService {

  @EJB private Caller caller;
  @EJB private CycleService cycles;
  @EJB private AssessmentService assessments;
  @EJB private AppealService appeals;

  public List<Task> tasks() {
    List<Task> tasks = new ArrayList<>();
    AssessmentCycle cycle = cycles.current();
    if (caller.hasRole(Roles.ADMIN)) {
      long drafts = cycles.cycles().stream().filter(c -> c.getState() == CycleState.DRAFT).count();
      add(tasks, "task.admin.draftCycles", drafts, "admin/cycles.xhtml");
    }
    cycles.cycles().stream()
        .filter(c -> c.getState() == CycleState.PUBLISHED)
        .forEach(c -> addPublished(tasks, c));
    if (cycle == null || !cycle.isOpen()) {
      return tasks;
    }
    List<AssessmentSummary> visible = assessments.visible(cycle.getYear());
    if (caller.hasRole(Roles.ADMIN)) {
      add(
          tasks,
          "task.admin.notStarted",
          count(visible, in(EnumSet.of(NOT_STARTED))),
          "assessments.xhtml");
      add(
          tasks,
          "task.admin.notApproved",
          count(visible, s -> s.assessment().getState() != AssessmentState.APPROVED),
          "assessments.xhtml");
    }
    if (caller.hasRole(Roles.UNIT_USER)) {
      add(tasks, "task.unit.returned", count(visible, in(EnumSet.of(RETURNED))), "self.xhtml");
      add(
          tasks,
          "task.unit.fill",
          count(visible, in(EnumSet.of(NOT_STARTED, SELF_ASSESSING))),
          "self.xhtml");
    }
    if (caller.hasRole(Roles.ASSESSOR)) {
      add(
          tasks,
          "task.assessor.rejected",
          count(
              visible,
              s ->
                  s.assessment().getState() == SCORING && s.assessment().getRejectReason() != null),
          "assessments.xhtml?state=SCORING");
      add(
          tasks,
          "task.assessor.toScore",
          count(visible, in(EnumSet.of(SUBMITTED, SCORING))),
          "assessments.xhtml?state=SUBMITTED,SCORING");
      add(
          tasks,
          "task.assessor.withUnits",
          count(visible, in(EnumSet.of(RETURNED))),
          "assessments.xhtml?state=RETURNED");
    }
    if (caller.hasRole(Roles.APPROVER)) {
      add(
          tasks,
          "task.approver.toApprove",
          count(visible, in(EnumSet.of(SCORED))),
          "assessments.xhtml?state=SCORED");
      add(
          tasks,
          "task.approver.specials",
          visible.stream().mapToLong(AssessmentSummary::pendingSpecials).sum(),
          "assessments.xhtml?state=SCORED");
    }
    return tasks;
  }

  /** In a published year: appeals to decide, re-opened assessments to score and approve again. */
  private void addPublished(List<Task> tasks, AssessmentCycle cycle) {
    int year = cycle.getYear();
    if (caller.hasRole(Roles.ADMIN)) {
      add(
          tasks,
          "task.admin.appeals",
          appeals.appeals(year).stream().filter(a -> a.getState() == AppealState.FILED).count(),
          "admin/publication.xhtml?year=" + year);
    }
    if (caller.hasRole(Roles.UNIT_USER) && cycle.isAppealWindowOpen(LocalDate.now())) {
      add(tasks, "task.unit.published", 1, "appeal.xhtml?year=" + year);
    }
    if (caller.hasRole(Roles.ASSESSOR) || caller.hasRole(Roles.APPROVER)) {
      List<AssessmentSummary> visible = assessments.visible(year);
      if (caller.hasRole(Roles.ASSESSOR)) {
        add(
            tasks,
            "task.assessor.appealed",
            count(
                visible,
                s -> s.assessment().isReopenedByAppeal() && s.assessment().isOpenForScoring()),
            "assessments.xhtml?year=" + year + "&state=APPEALED,SCORING");
      }
      if (caller.hasRole(Roles.APPROVER)) {
        add(
            tasks,
            "task.approver.appealed",
            count(
                visible,
                s -> s.assessment().isReopenedByAppeal() && s.assessment().isOpenForApproval()),
            "assessments.xhtml?year=" + year + "&state=SCORED");
      }
    }
  }

  private static Predicate<AssessmentSummary> in(Set<AssessmentState> states) {
    return s -> states.contains(s.assessment().getState());
  }

  private static long count(List<AssessmentSummary> summaries, Predicate<AssessmentSummary> which) {
    return summaries.stream().filter(which).count();
  }

  private static void add(List<Task> tasks, String key, long count, String page) {
    if (count > 0) {
      tasks.add(new Task(key, count, page));
    }
  }
}
