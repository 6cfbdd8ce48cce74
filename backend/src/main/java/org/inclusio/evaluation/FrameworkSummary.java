package org.inclusio.evaluation;

/** A framework version in a list or a picker. */
public record FrameworkSummary(FrameworkId id, String key, int version, String name, boolean shipped, int sections,
                               int questions, int items) {
}
