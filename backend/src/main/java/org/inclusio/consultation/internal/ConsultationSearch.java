package org.inclusio.consultation.internal;

import jakarta.persistence.EntityManager;
import org.inclusio.consultation.ConsultationFilter;
import org.inclusio.consultation.ReferralFilter;
import org.inclusio.shared.Cursor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keyset pages of consultations and referrals under a filter, newest first: the row comparison
 * {@code (date, id) < (cursor date, cursor id)} continues exactly after the last row shown, whatever was added in
 * between, and lets PostgreSQL start in the {@code (tenant_id, [filter,] date DESC, id DESC)} index instead of
 * skipping rows.
 */
@Component
class ConsultationSearch {

    private final EntityManager entityManager;

    ConsultationSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<ConsultationEntity> consultations(ConsultationFilter filter, @Nullable Cursor after, int rows) {
        var where = new StringBuilder("select c from ConsultationEntity c where true");
        Map<String, Object> parameters = new HashMap<>();
        condition(where, parameters, "c.heldOn >= :from", "from", filter.from());
        condition(where, parameters, "c.heldOn <= :to", "to", filter.to());
        condition(where, parameters, "c.type = :type", "type", filter.type());
        condition(where, parameters, "c.purpose = :purpose", "purpose", filter.purpose());
        condition(where, parameters, "c.language = :language", "language", filter.language());
        condition(where, parameters, "c.channel = :channel", "channel", filter.channel());
        condition(where, parameters, "c.practiceId = :practice", "practice", filter.practice());
        condition(where, parameters, "exists (select 1 from ConsultationEntity linked join linked.topics topic "
                + "where linked.id = c.id and topic.topicId = :topic)", "topic",
                filter.topic() == null ? null : filter.topic().value());
        condition(where, parameters, "exists (select 1 from ConsultationEntity linked join linked.caseFiles file "
                + "where linked.id = c.id and file.caseFileId = :caseFile)", "caseFile",
                filter.caseFile() == null ? null : filter.caseFile().value());
        if (after != null) {
            where.append(" and (c.heldOn, c.id) < (:afterDate, :afterId)");
            parameters.put("afterDate", after.date());
            parameters.put("afterId", after.id());
        }
        where.append(" order by c.heldOn desc, c.id desc");
        var query = entityManager.createQuery(where.toString(), ConsultationEntity.class).setMaxResults(rows);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    List<ReferralEntity> referrals(ReferralFilter filter, @Nullable Cursor after, int rows) {
        var where = new StringBuilder("select r from ReferralEntity r where true");
        Map<String, Object> parameters = new HashMap<>();
        condition(where, parameters, "r.status = :status", "status", filter.status());
        condition(where, parameters, "r.caseFileId = :caseFile", "caseFile",
                filter.caseFile() == null ? null : filter.caseFile().value());
        condition(where, parameters, "r.partnerId = :partner", "partner",
                filter.partner() == null ? null : filter.partner().value());
        if (after != null) {
            where.append(" and (r.sentOn, r.id) < (:afterDate, :afterId)");
            parameters.put("afterDate", after.date());
            parameters.put("afterId", after.id());
        }
        where.append(" order by r.sentOn desc, r.id desc");
        var query = entityManager.createQuery(where.toString(), ReferralEntity.class).setMaxResults(rows);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String condition, String name,
                                  @Nullable Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            parameters.put(name, value);
        }
    }
}
