package cn.zwgk.assessment.service.assessment;

import cn.zwgk.assessment.domain.assessment.UnitAssessment;
import cn.zwgk.assessment.domain.scoring.Totals;
import java.io.Serializable;

/**
 * One row of a work list: a unit's assessment, how far it is, and its running totals (hidden from
 * the unit itself until publication, as in {@link AssessmentSheet}).
 */
public record AssessmentSummary(
    UnitAssessment assessment,
    long baseItems,
    long selfScored,
    long scored,
    long pendingSpecials,
    Totals totals,
    boolean scoresVisible)
    implements Serializable {}
