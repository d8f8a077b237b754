package cn.zwgk.assessment.domain;

import cn.zwgk.assessment.domain.assessment.AssessmentState;
import cn.zwgk.assessment.domain.assessment.UnitAssessment;
import cn.zwgk.assessment.domain.cycle.AssessmentCycle;
import cn.zwgk.assessment.domain.cycle.CycleItem;
import cn.zwgk.assessment.domain.cycle.CycleState;
import cn.zwgk.assessment.domain.cycle.CycleTemplate;
import cn.zwgk.assessment.domain.indicator.IndicatorTemplate;
import cn.zwgk.assessment.domain.indicator.ItemKind;
import cn.zwgk.assessment.domain.indicator.TemplateItem;
import cn.zwgk.assessment.domain.unit.AssessedUnit;
import cn.zwgk.assessment.domain.unit.UnitGroup;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds the entities of an assessment year without a database: cycles, their frozen tables and
 * items, units and their assessments, as JPA would load them (ids and states set by reflection).
 */
public final class YearFixture {

  public static final int YEAR = 2026;
  public static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 15, 10, 0);

  private static final AtomicLong IDS = new AtomicLong(1000);

  private YearFixture() {}

  /** A cycle of {@link #YEAR} in the given state. */
  public static AssessmentCycle cycle(CycleState state) {
    return cycle(YEAR, state);
  }

  public static AssessmentCycle cycle(int year, CycleState state) {
    AssessmentCycle cycle = new AssessmentCycle(year, "admin", NOW);
    set(cycle, "id", IDS.incrementAndGet());
    set(cycle, "state", state);
    return cycle;
  }

  /** The cycle's frozen copy of a template of the group. */
  public static CycleTemplate template(AssessmentCycle cycle, UnitGroup group) {
    IndicatorTemplate source = instance(IndicatorTemplate.class);
    set(source, "id", IDS.incrementAndGet());
    set(source, "code", group.name() + "-1");
    set(source, "unitGroup", group);
    set(source, "templateVersion", 1);
    set(source, "name", "考核内容明细表（" + group.chineseName() + "）");
    set(source, "current", true);
    CycleTemplate template = new CycleTemplate(cycle, source);
    set(template, "id", IDS.incrementAndGet());
    return template;
  }

  /** An item of the table with a distinct id, copied from a template item as a cycle does. */
  public static CycleItem item(
      CycleTemplate template, ItemKind kind, String points, String indicator, String criterion) {
    TemplateItem source = instance(TemplateItem.class);
    set(source, "id", IDS.incrementAndGet());
    set(source, "position", 1);
    set(source, "area", "政府信息公开");
    set(source, "indicator", indicator);
    set(source, "criterion", criterion);
    set(source, "kind", kind);
    set(source, "points", new BigDecimal(points));
    CycleItem item = new CycleItem(template, source);
    set(item, "id", IDS.incrementAndGet());
    return item;
  }

  public static CycleItem item(CycleTemplate template, ItemKind kind, String points) {
    return item(template, kind, points, "主动公开", kind.name() + " 的二级指标");
  }

  public static AssessedUnit unit(UnitGroup group) {
    AssessedUnit unit =
        group == UnitGroup.TOWN
            ? new AssessedUnit("chengguan", "城关镇", group, 1)
            : new AssessedUnit("jiaoyu", "县教育局", group, 1);
    set(unit, "id", IDS.incrementAndGet());
    return unit;
  }

  /** A unit's assessment in the given state. */
  public static UnitAssessment assessment(
      AssessmentCycle cycle, AssessedUnit unit, AssessmentState state) {
    UnitAssessment assessment = new UnitAssessment(cycle, unit);
    set(assessment, "id", IDS.incrementAndGet());
    set(assessment, "state", state);
    return assessment;
  }

  /** A town's assessment in an open cycle, in the given state. */
  public static UnitAssessment assessment(AssessmentState state) {
    return assessment(cycle(CycleState.OPEN), unit(UnitGroup.TOWN), state);
  }

  /** Sets a field, declared by the object's class or one of its superclasses. */
  public static void set(Object target, String fieldName, Object value) {
    try {
      field(target.getClass(), fieldName).set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  public static Object get(Object target, String fieldName) {
    try {
      return field(target.getClass(), fieldName).get(target);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Field field(Class<?> type, String fieldName) throws NoSuchFieldException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(fieldName);
        field.setAccessible(true);
        return field;
      } catch (NoSuchFieldException e) {
        // look further up
      }
    }
    throw new NoSuchFieldException(type.getName() + "." + fieldName);
  }

  private static <T> T instance(Class<T> type) {
    try {
      var constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
