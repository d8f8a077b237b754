package cn.zwgk.assessment.domain.evidence;

import cn.zwgk.assessment.domain.appeal.Appeal;
import cn.zwgk.assessment.domain.assessment.UnitAssessment;
import cn.zwgk.assessment.domain.cycle.CycleItem;
import cn.zwgk.assessment.domain.special.SpecialOccurrence;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * 佐证材料: a stored file attached to an item of a unit's assessment (by the unit), to a special item
 * occurrence (by whoever recorded it) or to an appeal (by the unit), under the name it was uploaded
 * with.
 */
@Entity
@Table(name = "evidence")
@NamedQuery(
    name = "Evidence.ofAssessment",
    query = "select e from Evidence e where e.assessment = :assessment order by e.id")
@NamedQuery(
    name = "Evidence.ofUnit",
    query = "select e from Evidence e join fetch e.file where e.assessment.unit = :unit")
public class Evidence implements Serializable {

  public static final int MAX_NAME_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "assessment_id")
  private UnitAssessment assessment;

  /** The item it supports; null for evidence of a special item occurrence. */
  @ManyToOne
  @JoinColumn(name = "item_id")
  private CycleItem item;

  @ManyToOne
  @JoinColumn(name = "occurrence_id")
  private SpecialOccurrence occurrence;

  @ManyToOne
  @JoinColumn(name = "appeal_id")
  private Appeal appeal;

  @ManyToOne(optional = false)
  @JoinColumn(name = "file_id")
  private StoredFile file;

  @Column(name = "file_name", nullable = false, length = MAX_NAME_LENGTH)
  private String fileName;

  @Column(name = "uploaded_by", nullable = false, length = 32)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private LocalDateTime uploadedAt;

  protected Evidence() {}

  private Evidence(
      UnitAssessment assessment,
      CycleItem item,
      SpecialOccurrence occurrence,
      Appeal appeal,
      StoredFile file,
      String fileName,
      String uploadedBy,
      LocalDateTime uploadedAt) {
    this.assessment = assessment;
    this.item = item;
    this.occurrence = occurrence;
    this.appeal = appeal;
    this.file = file;
    this.fileName = FileName.display(fileName);
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  public static Evidence forItem(
      UnitAssessment assessment,
      CycleItem item,
      StoredFile file,
      String fileName,
      String uploadedBy,
      LocalDateTime now) {
    return new Evidence(assessment, item, null, null, file, fileName, uploadedBy, now);
  }

  public static Evidence forOccurrence(
      SpecialOccurrence occurrence,
      StoredFile file,
      String fileName,
      String uploadedBy,
      LocalDateTime now) {
    return new Evidence(
        occurrence.getAssessment(), null, occurrence, null, file, fileName, uploadedBy, now);
  }

  /** What a unit files in support of its appeal; the appeal says whether it still takes files. */
  public static Evidence forAppeal(
      Appeal appeal, StoredFile file, String fileName, String uploadedBy, LocalDateTime now) {
    appeal.requireOpenForEvidence(now.toLocalDate());
    Evidence evidence =
        new Evidence(appeal.getAssessment(), null, null, appeal, file, fileName, uploadedBy, now);
    appeal.getFiles().add(evidence);
    return evidence;
  }

  public Long getId() {
    return id;
  }

  public UnitAssessment getAssessment() {
    return assessment;
  }

  public CycleItem getItem() {
    return item;
  }

  public SpecialOccurrence getOccurrence() {
    return occurrence;
  }

  public Appeal getAppeal() {
    return appeal;
  }

  public StoredFile getFile() {
    return file;
  }

  public String getFileName() {
    return fileName;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public LocalDateTime getUploadedAt() {
    return uploadedAt;
  }
}
