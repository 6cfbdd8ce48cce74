package org.inclusio.evaluation;

/** Which kind of organisation a checklist item applies to; the handbook marks some as for local authorities only. */
public enum Applicability {
    LOCAL_AUTHORITY, NGO
}
