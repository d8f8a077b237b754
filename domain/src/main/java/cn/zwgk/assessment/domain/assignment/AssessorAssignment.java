package cn.zwgk.assessment.domain.assignment;

import cn.zwgk.assessment.domain.account.UserAccount;
import cn.zwgk.assessment.domain.unit.AssessedUnit;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/** An assessor scores this unit, in every cycle, until an administrator changes it. */
@Entity
@Table(name = "assessor_assignment")
@NamedQuery(
    name = "AssessorAssignment.all",
    query = "select a from AssessorAssignment a order by a.assessor.username, a.unit.id")
@NamedQuery(
    name = "AssessorAssignment.ofAssessor",
    query = "select a from AssessorAssignment a where a.assessor.username = :username")
@NamedQuery(
    name = "AssessorAssignment.exists",
    query =
        "select count(a) from AssessorAssignment a"
            + " where a.assessor.username = :username and a.unit.code = :unit")
public class AssessorAssignment implements Serializable {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "assessor_id")
  private UserAccount assessor;

  @ManyToOne(optional = false)
  @JoinColumn(name = "unit_id")
  private AssessedUnit unit;

  protected AssessorAssignment() {}

  public AssessorAssignment(UserAccount assessor, AssessedUnit unit) {
    this.assessor = assessor;
    this.unit = unit;
  }

  public Long getId() {
    return id;
  }

  public UserAccount getAssessor() {
    return assessor;
  }

  public AssessedUnit getUnit() {
    return unit;
  }
}
