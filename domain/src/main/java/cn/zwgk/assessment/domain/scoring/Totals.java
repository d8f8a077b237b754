package cn.zwgk.assessment.domain.scoring;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A unit's result: base (the sum of its item scores), bonus and penalty (its approved special
 * items, bonus capped), and final. A zero-out makes final 0 and keeps the real base, bonus and
 * penalty for the record.
 */
public record Totals(
    BigDecimal base, BigDecimal bonus, BigDecimal penalty, BigDecimal finalScore, boolean zeroedOut)
    implements Serializable {}
