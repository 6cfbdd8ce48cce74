package org.inclusio.feedback.internal;

import org.inclusio.feedback.FeedbackSetup.CodeDetails;
import org.inclusio.shared.security.SystemWork;
import org.inclusio.tenant.Organisation;
import org.inclusio.tenant.OrganisationCreated;
import org.inclusio.tenant.OrganisationService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Every organisation starts with a sector coding framework for feedback (after the IFRC Feedback Kit's advice to code
 * open feedback by category and code): new organisations right after they are created, organisations that existed
 * before feedback at start-up. An organisation that has any code keeps its framework as its managers edited it.
 */
@Component
@Order(25)
class CodeSeeding implements ApplicationRunner {

    static final List<CodeDetails> FRAMEWORK = List.of(
            code("residence.permit-renewal", "Residence and documents", "Renewing a residence permit"),
            code("residence.documents", "Residence and documents", "Missing or lost documents"),
            code("residence.appointments", "Residence and documents", "Appointments at the foreigners' office"),
            code("employment.job-search", "Employment", "Help finding work"),
            code("employment.work-permit", "Employment", "Work permit"),
            code("employment.conditions", "Employment", "Unfair working conditions"),
            code("housing.finding", "Housing", "Finding housing"),
            code("housing.conditions", "Housing", "Housing conditions"),
            code("housing.waiting", "Housing", "Waiting for housing"),
            code("health.access", "Health", "Access to health care"),
            code("health.insurance", "Health", "Health insurance"),
            code("health.mental", "Health", "Mental health support"),
            code("education.school-place", "Education", "School place for a child"),
            code("education.adult", "Education", "Adult education and training"),
            code("language.courses", "Language learning", "Places in language courses"),
            code("language.interpreting", "Language learning", "Interpreting at appointments"),
            code("benefits.eligibility", "Social benefits", "Who is entitled"),
            code("benefits.delays", "Social benefits", "Late payments"),
            code("conduct.respect", "Staff conduct", "Respect and courtesy"),
            code("conduct.discrimination", "Staff conduct", "Discrimination by staff"),
            code("conduct.misconduct", "Staff conduct", "Misconduct or abuse of power"),
            code("access.opening-hours", "Access to the service", "Opening hours"),
            code("access.waiting-time", "Access to the service", "Waiting time at the office"),
            code("access.information", "Access to the service", "Information about the service"),
            code("access.accessibility", "Access to the service", "Physical accessibility"),
            code("safety.protection", "Safety and protection", "Protection concern"),
            code("safety.violence", "Safety and protection", "Violence or threats"),
            code("rumours.misinformation", "Information and rumours", "Misinformation"),
            code("rumours.rumour", "Information and rumours", "Rumour going round"),
            code("rumours.unanswered-question", "Information and rumours", "Question many people ask"));

    private final CodeRepository codes;
    private final OrganisationService organisations;
    private final TransactionTemplate newTransaction;

    CodeSeeding(CodeRepository codes, OrganisationService organisations, PlatformTransactionManager transactions) {
        this.codes = codes;
        this.organisations = organisations;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    private static CodeDetails code(String key, String category, String label) {
        return new CodeDetails(key, category, label);
    }

    /** After commit, in a transaction of the new organisation that sees it committed. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(OrganisationCreated event) {
        seedIfEmpty(event.organisation().value());
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemWork.call("feedback-code-seeding", null, Set.of(), true, organisations::list).stream()
                .map(Organisation::id).forEach(organisation -> seedIfEmpty(organisation.value()));
    }

    void seedIfEmpty(UUID organisation) {
        SystemWork.callIn("feedback-code-seeding", organisation, Set.of(), () -> newTransaction.execute(status -> {
            if (codes.count() == 0) {
                FRAMEWORK.forEach(details -> codes.save(new CodeEntity(details)));
            }
            return null;
        }));
    }
}
