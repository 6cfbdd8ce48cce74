package org.inclusio.evaluation;

/** Draft → in review → final; a final evaluation is locked and corrected only by a new one. */
public enum EvaluationStatus {
    DRAFT, IN_REVIEW, FINAL
}
