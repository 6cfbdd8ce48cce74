package org.inclusio.feedback.internal;

import jakarta.persistence.EntityManager;
import org.inclusio.feedback.FeedbackCategory;
import org.inclusio.feedback.FeedbackFilter;
import org.inclusio.feedback.FeedbackSetup.ServiceLevels;
import org.inclusio.feedback.FeedbackStatus;
import org.inclusio.shared.Cursor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keyset pages of feedback under a filter, newest first ({@code (received_on, id) < cursor}). Sensitive reports are
 * left out in the query itself unless the caller may see them, so that no page, count or cursor of anyone else ever
 * carries one.
 */
@Component
class FeedbackSearch {

    /** Statuses in which feedback still waits for the organisation, and so can be overdue. */
    static final Set<FeedbackStatus> OPEN = EnumSet.of(FeedbackStatus.RECEIVED, FeedbackStatus.ACKNOWLEDGED,
            FeedbackStatus.IN_REVIEW);

    private final EntityManager entityManager;

    FeedbackSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<FeedbackEntity> page(FeedbackFilter filter, boolean sensitiveVisible, ServiceLevels levels, LocalDate today,
                              @Nullable Cursor after, int rows) {
        var where = new StringBuilder("select f from FeedbackEntity f where true");
        Map<String, Object> parameters = new HashMap<>();
        visibility(where, parameters, sensitiveVisible);
        condition(where, parameters, "f.channelId = :channel", "channel",
                filter.channel() == null ? null : filter.channel().value());
        condition(where, parameters, "f.category = :category", "category", filter.category());
        condition(where, parameters, "f.satisfaction = :satisfaction", "satisfaction", filter.satisfaction());
        condition(where, parameters, "f.status = :status", "status", filter.status());
        condition(where, parameters, "f.language = :language", "language", filter.language());
        condition(where, parameters, "f.receivedOn >= :from", "from", filter.from());
        condition(where, parameters, "f.receivedOn <= :to", "to", filter.to());
        condition(where, parameters, "f.type = :type", "type", filter.type());
        condition(where, parameters, "f.channelId in (select c.id from ChannelEntity c where c.practiceId = :practice)",
                "practice", filter.practice());
        if (filter.overdueOnly()) {
            overdue(where, parameters, levels, today);
        }
        if (after != null) {
            where.append(" and (f.receivedOn, f.id) < (:afterDate, :afterId)");
            parameters.put("afterDate", after.date());
            parameters.put("afterId", after.id());
        }
        where.append(" order by f.receivedOn desc, f.id desc");
        var query = entityManager.createQuery(where.toString(), FeedbackEntity.class).setMaxResults(rows);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** Open feedback past a service level, oldest (so longest overdue) first. */
    List<FeedbackEntity> overdue(boolean sensitiveVisible, ServiceLevels levels, LocalDate today) {
        var where = new StringBuilder("select f from FeedbackEntity f where true");
        Map<String, Object> parameters = new HashMap<>();
        visibility(where, parameters, sensitiveVisible);
        overdue(where, parameters, levels, today);
        where.append(" order by f.receivedOn, f.id");
        var query = entityManager.createQuery(where.toString(), FeedbackEntity.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** Not acknowledged by its acknowledgement day, or not answered by its answer day. */
    private static void overdue(StringBuilder where, Map<String, Object> parameters, ServiceLevels levels,
                                LocalDate today) {
        where.append(" and f.status in :open and ((f.status = :received and f.receivedOn < :acknowledgeCutoff)"
                + " or f.receivedOn < :answerCutoff)");
        parameters.put("open", OPEN);
        parameters.put("received", FeedbackStatus.RECEIVED);
        parameters.put("acknowledgeCutoff", today.minusDays(levels.acknowledgeDays()));
        parameters.put("answerCutoff", today.minusDays(levels.answerDays()));
    }

    private static void visibility(StringBuilder where, Map<String, Object> parameters, boolean sensitiveVisible) {
        if (!sensitiveVisible) {
            where.append(" and f.category <> :sensitive");
            parameters.put("sensitive", FeedbackCategory.SERIOUS);
        }
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String condition, String name,
                                  @Nullable Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            parameters.put(name, value);
        }
    }
}
