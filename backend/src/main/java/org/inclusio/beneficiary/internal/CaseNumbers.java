package org.inclusio.beneficiary.internal;

import jakarta.persistence.EntityManager;
import org.inclusio.tenant.Organisation;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Case numbers {@code <PREFIX>-<YEAR>-<5 digits>}, sequential per organisation and year. The counter row is
 * incremented by one upsert that returns the new value; its row lock, held until the transaction ends, makes
 * concurrent creates in one organisation wait for each other, and another organisation's row is never touched.
 * The one place in this feature with hand-written SQL ({@code ArchitectureTests} names it): JPQL has no
 * {@code INSERT … ON CONFLICT … RETURNING}.
 */
final class CaseNumbers {

    private static final String NEXT = """
            INSERT INTO case_number_counter (tenant_id, year, last_value) VALUES (:tenant, :year, 1)
            ON CONFLICT (tenant_id, year) DO UPDATE SET last_value = case_number_counter.last_value + 1
            RETURNING last_value""";

    private CaseNumbers() {
    }

    /** Must run inside the transaction that saves the case file, so that a rollback gives the number back. */
    static String next(EntityManager entityManager, Organisation organisation, int year) {
        UUID tenant = organisation.id().value();
        int value = ((Number) entityManager.createNativeQuery(NEXT)
                .setParameter("tenant", tenant)
                .setParameter("year", year)
                .getSingleResult()).intValue();
        return "%s-%d-%05d".formatted(prefix(organisation.slug()), year, value);
    }

    /** {@code demo-city} → {@code DC}; a one-word slug gives its first two letters ({@code caritas} → {@code CA}). */
    static String prefix(String slug) {
        var words = Arrays.stream(slug.split("-")).filter(word -> !word.isEmpty()).toList();
        String initials = words.size() == 1 ? words.getFirst().substring(0, Math.min(2, words.getFirst().length()))
                : words.stream().limit(4).map(word -> word.substring(0, 1)).collect(Collectors.joining());
        return initials.toUpperCase(Locale.ROOT);
    }
}
