package cn.zwgk.assessment.domain.indicator;

import cn.zwgk.assessment.domain.unit.UnitGroup;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * 考核内容明细表: one version of the indicator table of one unit group. A cycle freezes a copy, so a
 * template may change later without touching past years.
 */
@Entity
@Table(name = "indicator_template")
@NamedQuery(
    name = "IndicatorTemplate.current",
    query = "select t from IndicatorTemplate t where t.current = true")
@NamedQuery(name = "IndicatorTemplate.all", query = "select t from IndicatorTemplate t")
@NamedQuery(
    name = "IndicatorTemplate.byCode",
    query = "select t from IndicatorTemplate t where t.code = :code")
public class IndicatorTemplate implements Serializable {

  /** Towns first, as in the source document; each group's versions in order. */
  public static final Comparator<IndicatorTemplate> GROUP_ORDER =
      Comparator.comparing(IndicatorTemplate::getUnitGroup)
          .thenComparingInt(IndicatorTemplate::getTemplateVersion);

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "ids")
  private Long id;

  @Column(nullable = false, unique = true, length = 32)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "unit_group", nullable = false, length = 16)
  private UnitGroup unitGroup;

  @Column(name = "template_version", nullable = false)
  private int templateVersion;

  /** The table's title as printed, e.g. 孟津县政务公开工作考核内容明细表（适用县直单位）. */
  @Column(nullable = false, length = 200)
  private String name;

  /** The version that new cycles of the group take. */
  @Column(name = "is_current", nullable = false)
  private boolean current;

  @OneToMany(mappedBy = "template")
  @OrderBy("position")
  private List<TemplateItem> items = new ArrayList<>();

  @Version private long version;

  protected IndicatorTemplate() {}

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public UnitGroup getUnitGroup() {
    return unitGroup;
  }

  public int getTemplateVersion() {
    return templateVersion;
  }

  public String getName() {
    return name;
  }

  public boolean isCurrent() {
    return current;
  }

  /** The items in document order. */
  public List<TemplateItem> getItems() {
    return Collections.unmodifiableList(items);
  }
}
