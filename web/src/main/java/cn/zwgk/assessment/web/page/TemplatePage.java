package cn.zwgk.assessment.web.page;

import cn.zwgk.assessment.domain.Refusal;
import cn.zwgk.assessment.domain.indicator.IndicatorTemplate;
import cn.zwgk.assessment.domain.indicator.IndicatorTree;
import cn.zwgk.assessment.domain.indicator.ItemKind;
import cn.zwgk.assessment.domain.indicator.TemplateItem;
import cn.zwgk.assessment.service.reference.ReferenceData;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/** An indicator table as a tree: area → indicator → criterion, with points and area sums. */
@Named
@ViewScoped
public class TemplatePage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One row of the tree table; {@code level} is area, indicator or criterion. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String level;
    private final String text;
    private final ItemKind kind;
    private final BigDecimal points;
    private final String note;

    Row(String level, String text, ItemKind kind, BigDecimal points, String note) {
      this.level = level;
      this.text = text;
      this.kind = kind;
      this.points = points;
      this.note = note;
    }

    public String getLevel() {
      return level;
    }

    public String getText() {
      return text;
    }

    public ItemKind getKind() {
      return kind;
    }

    public BigDecimal getPoints() {
      return points;
    }

    public String getNote() {
      return note;
    }
  }

  @EJB private ReferenceData reference;

  private List<IndicatorTemplate> templates;
  private String code;
  private IndicatorTemplate template;
  private TreeNode<Row> root;
  private BigDecimal baseTotal;

  @PostConstruct
  void init() {
    templates = reference.templates(false);
  }

  /** Called by the page's view parameter; the first template by default. */
  public void load() {
    if (code == null || code.isBlank()) {
      code = templates.isEmpty() ? null : templates.get(0).getCode();
    }
    if (code == null) {
      return;
    }
    try {
      template = reference.template(code);
    } catch (Refusal refusal) {
      Pages.refused(refusal);
      return;
    }
    List<TemplateItem> items = reference.items(code);
    IndicatorTree<TemplateItem> tree = IndicatorTree.of(items);
    baseTotal = tree.baseTotal();
    root = new DefaultTreeNode<>(new Row("root", "", null, null, null), null);
    for (IndicatorTree.Area<TemplateItem> area : tree.areas()) {
      TreeNode<Row> areaNode =
          new DefaultTreeNode<>(new Row("area", area.name(), null, area.basePoints(), null), root);
      areaNode.setExpanded(true);
      for (IndicatorTree.Indicator<TemplateItem> indicator : area.indicators()) {
        TemplateItem first = indicator.rows().get(0);
        if (indicator.rows().size() == 1 && first.getCriterion() == null) {
          // An indicator scored itself is one leaf.
          new DefaultTreeNode<>(
              new Row(
                  "indicator",
                  indicator.name(),
                  first.getKind(),
                  first.getPoints(),
                  first.getNote()),
              areaNode);
          continue;
        }
        TreeNode<Row> indicatorNode =
            new DefaultTreeNode<>(
                new Row("indicator", indicator.name(), null, indicator.basePoints(), null),
                areaNode);
        indicatorNode.setExpanded(true);
        for (TemplateItem item : indicator.rows()) {
          new DefaultTreeNode<>(
              new Row(
                  "criterion",
                  item.getCriterion(),
                  item.getKind(),
                  item.getPoints(),
                  item.getNote()),
              indicatorNode);
        }
      }
    }
  }

  public List<IndicatorTemplate> getTemplates() {
    return templates;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public IndicatorTemplate getTemplate() {
    return template;
  }

  public TreeNode<Row> getRoot() {
    return root;
  }

  public BigDecimal getBaseTotal() {
    return baseTotal;
  }
}
