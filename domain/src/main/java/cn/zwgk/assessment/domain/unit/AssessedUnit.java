package cn.zwgk.assessment.domain.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/** 考核对象: a town/zone government or a county department that is assessed every year. */
@Entity
@Table(name = "assessed_unit")
@NamedQuery(name = "AssessedUnit.all", query = "select u from AssessedUnit u")
@NamedQuery(
    name = "AssessedUnit.byCode",
    query = "select u from AssessedUnit u where u.code = :code")
@NamedQuery(
    name = "AssessedUnit.lastPosition",
    query = "select coalesce(max(u.position), 0) from AssessedUnit u where u.unitGroup = :group")
public class AssessedUnit implements Serializable {

  public static final int MAX_NAME_LENGTH = 100;

  /** The order of the official list: towns first, each group in its listed order. */
  public static final Comparator<AssessedUnit> OFFICIAL_ORDER =
      Comparator.comparing(AssessedUnit::getUnitGroup)
          .thenComparingInt(AssessedUnit::getPosition)
          .thenComparing(AssessedUnit::getCode);

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
  private Long id;

  @Column(nullable = false, unique = true, length = UnitCode.MAX_LENGTH)
  private String code;

  @Column(nullable = false, length = MAX_NAME_LENGTH)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "unit_group", nullable = false, length = 16)
  private UnitGroup unitGroup;

  /** Order within the group, as in the official list (附件1). */
  @Column(name = "sort_order", nullable = false)
  private int position;

  @Version private long version;

  protected AssessedUnit() {}

  public AssessedUnit(String code, String name, UnitGroup unitGroup, int position) {
    if (!UnitCode.isValid(code)) {
      throw new IllegalArgumentException("invalid unit code: " + code);
    }
    this.code = code;
    this.name = Objects.requireNonNull(name);
    this.unitGroup = Objects.requireNonNull(unitGroup);
    this.position = position;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public UnitGroup getUnitGroup() {
    return unitGroup;
  }

  public int getPosition() {
    return position;
  }

  public long getVersion() {
    return version;
  }
}
