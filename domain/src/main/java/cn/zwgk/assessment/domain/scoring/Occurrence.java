package cn.zwgk.assessment.domain.scoring;

import cn.zwgk.assessment.domain.indicator.ItemKind;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One approved occurrence of a special item, as the totals need it: which item (for the per-item
 * bonus cap), its kind and the points of one occurrence.
 */
public record Occurrence(long itemId, ItemKind kind, BigDecimal points) implements Serializable {}
