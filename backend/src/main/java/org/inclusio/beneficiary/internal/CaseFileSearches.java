package org.inclusio.beneficiary.internal;

import jakarta.persistence.EntityManager;
import org.inclusio.beneficiary.CaseFileSearch;
import org.inclusio.shared.Cursor;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The case file list: filters and keyset paging on {@code updated_at DESC, id DESC} (the index
 * {@code case_file_updated_idx} and its per-status and per-caseworker siblings), never an offset.
 */
@Component
class CaseFileSearches {

    private final EntityManager entityManager;

    CaseFileSearches(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Up to {@code rows} case files after {@code after}, newest change first. */
    List<CaseFileEntity> find(CaseFileSearch search, Optional<Cursor> after, int rows) {
        var where = new StringBuilder("select c from CaseFileEntity c where true");
        var parameters = new HashMap<String, Object>();
        if (search.text() != null && !search.text().isBlank()) {
            where.append(" and (lower(c.caseNumber) like :text escape '\\' or lower(c.displayName) like :text"
                    + " escape '\\' or lower(c.fullName) like :text escape '\\')");
            parameters.put("text", "%" + likeEscaped(search.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (search.status() != null) {
            where.append(" and c.status = :status");
            parameters.put("status", search.status());
        }
        if (search.caseworker() != null) {
            where.append(" and c.assignedUserId = :caseworker");
            parameters.put("caseworker", search.caseworker().value());
        }
        if (search.nationality() != null) {
            where.append(" and array_contains(c.nationalities, :nationality)");
            parameters.put("nationality", search.nationality());
        }
        if (search.language() != null) {
            where.append(" and array_contains(c.languages, :language)");
            parameters.put("language", search.language());
        }
        after.ifPresent(cursor -> {
            where.append(" and (c.updatedAt < :updatedAt or (c.updatedAt = :updatedAt and c.id < :id))");
            parameters.put("updatedAt", cursor.instant());
            parameters.put("id", cursor.id());
        });
        where.append(" order by c.updatedAt desc, c.id desc");
        var query = entityManager.createQuery(where.toString(), CaseFileEntity.class).setMaxResults(rows);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
