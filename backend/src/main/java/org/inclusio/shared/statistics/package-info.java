/**
 * Aggregates that may leave a feature: {@link org.inclusio.shared.statistics.SmallCells} suppresses every count below
 * the organisation's threshold k and whatever would give one away (DESIGN.md §7).
 */
@NullMarked
package org.inclusio.shared.statistics;

import org.jspecify.annotations.NullMarked;
