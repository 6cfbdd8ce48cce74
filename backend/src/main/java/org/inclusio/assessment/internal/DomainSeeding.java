package org.inclusio.assessment.internal;

import org.inclusio.shared.security.SystemWork;
import org.inclusio.tenant.OrganisationCreated;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every organisation gets the seeded need domains: the consultation topics plus safety. Those that existed at the
 * migration got them from the changeset, new ones here, right after the transaction that created them committed.
 */
@Component
class DomainSeeding {

    /** In display order; the UI translates each code ({@code assessment.domain.<CODE>}). */
    static final List<String> SEEDED = List.of("RESIDENCE_AND_DOCUMENTS", "EMPLOYMENT", "EDUCATION",
            "LANGUAGE_LEARNING", "HOUSING", "HEALTH", "MENTAL_HEALTH", "SOCIAL_BENEFITS", "FAMILY_AND_CHILDCARE",
            "QUALIFICATION_RECOGNITION", "CIVIC_PARTICIPATION", "DISCRIMINATION", "SAFETY", "OTHER");

    /** Health, mental health and safety follow the case file's special-category rules. */
    static final Set<String> SENSITIVE = Set.of("HEALTH", "MENTAL_HEALTH", "SAFETY");

    private final NeedDomainRepository domains;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    DomainSeeding(NeedDomainRepository domains, PlatformTransactionManager transactions, Clock clock) {
        this.domains = domains;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrganisationCreated event) {
        seedMissing(event.organisation().value());
    }

    void seedMissing(UUID organisation) {
        SystemWork.callIn("need-domain-seeding", organisation, Set.of(), () -> newTransaction.execute(status -> {
            Set<String> present = domains.findAll().stream().map(NeedDomainEntity::code).collect(Collectors.toSet());
            var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            for (int position = 0; position < SEEDED.size(); position++) {
                String code = SEEDED.get(position);
                if (!present.contains(code)) {
                    domains.save(new NeedDomainEntity(code, position, SENSITIVE.contains(code), now));
                }
            }
            return null;
        }));
    }
}
