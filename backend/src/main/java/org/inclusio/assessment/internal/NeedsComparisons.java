package org.inclusio.assessment.internal;

import org.inclusio.assessment.DomainNeed;
import org.inclusio.assessment.NeedChange;
import org.inclusio.assessment.NeedDomain;
import org.inclusio.assessment.NeedsComparison.DomainComparison;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Compares two assessments domain by domain, as {@link NeedChange} describes. */
final class NeedsComparisons {

    private NeedsComparisons() {
    }

    /**
     * @param domains  every domain in display order; those neither assessment covers are left out
     * @param previous the needs of the earlier assessment, empty when there is none
     */
    static List<DomainComparison> compare(List<NeedDomain> domains, List<DomainNeed> previous,
                                          List<DomainNeed> current) {
        Map<Object, DomainNeed> before = previous.stream()
                .collect(Collectors.toMap(DomainNeed::domain, Function.identity()));
        Map<Object, DomainNeed> now = current.stream()
                .collect(Collectors.toMap(DomainNeed::domain, Function.identity()));
        var rows = new ArrayList<DomainComparison>();
        for (NeedDomain domain : domains) {
            DomainNeed earlier = before.get(domain.id());
            DomainNeed later = now.get(domain.id());
            if (earlier == null && later == null) {
                continue;
            }
            rows.add(new DomainComparison(domain.id(), domain.code(), earlier == null ? null : earlier.level(),
                    earlier == null ? null : earlier.status(), later == null ? null : later.level(),
                    later == null ? null : later.status(), change(earlier, later)));
        }
        return List.copyOf(rows);
    }

    static NeedChange change(@Nullable DomainNeed earlier, @Nullable DomainNeed later) {
        if (earlier == null) {
            return NeedChange.NEW;
        }
        if (later == null) {
            return NeedChange.NOT_REASSESSED;
        }
        int level = Integer.compare(later.level().ordinal(), earlier.level().ordinal());
        if (level == 0) {
            level = Integer.compare(later.status().ordinal(), earlier.status().ordinal());
        }
        return level < 0 ? NeedChange.IMPROVED : level > 0 ? NeedChange.WORSE : NeedChange.SAME;
    }
}
