package org.inclusio.evaluation;

/** How far a practice meets a checklist item. */
public enum Rating {
    MET, PARTLY_MET, NOT_MET, NOT_APPLICABLE
}
