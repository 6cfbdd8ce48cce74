package org.inclusio.assessment;

/** How a participatory assessment gathered what people need (seed 003: desk research, focus groups, round tables). */
public enum ParticipatoryMethod {
    SURVEY,
    FOCUS_GROUP,
    INTERVIEWS,
    DESK_RESEARCH,
    STAKEHOLDER_ROUND_TABLE,
    WORLD_CAFE
}
