package org.inclusio.consultation.internal;

import org.inclusio.shared.security.SystemWork;
import org.inclusio.tenant.OrganisationCreated;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every organisation gets the seeded topics: those that existed at the migration from the changeset, new ones here,
 * right after the transaction that created them committed.
 */
@Component
class TopicSeeding {

    /** In display order; the UI translates each code ({@code consultation.topic.<CODE>}). */
    static final List<String> SEEDED = List.of("RESIDENCE_AND_DOCUMENTS", "EMPLOYMENT", "EDUCATION",
            "LANGUAGE_LEARNING", "HOUSING", "HEALTH", "MENTAL_HEALTH", "SOCIAL_BENEFITS", "FAMILY_AND_CHILDCARE",
            "QUALIFICATION_RECOGNITION", "CIVIC_PARTICIPATION", "DISCRIMINATION", "OTHER");

    private final TopicRepository topics;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    TopicSeeding(TopicRepository topics, PlatformTransactionManager transactions, Clock clock) {
        this.topics = topics;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * After commit, because the new organisation's rows can only be written in its own tenant, in a transaction of
     * their own that sees the committed organisation.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void on(OrganisationCreated event) {
        seedMissing(event.organisation().value());
    }

    /** Adds the seeded topics the organisation lacks (all of them for a new one, none once seeded). */
    void seedMissing(UUID organisation) {
        SystemWork.callIn("topic-seeding", organisation, Set.of(), () -> newTransaction.execute(status -> {
            Set<String> present = topics.findAll().stream().map(TopicEntity::code).collect(Collectors.toSet());
            var now = StoredTime.now(clock);
            for (int position = 0; position < SEEDED.size(); position++) {
                if (!present.contains(SEEDED.get(position))) {
                    topics.save(new TopicEntity(SEEDED.get(position), position, now));
                }
            }
            return null;
        }));
    }
}
