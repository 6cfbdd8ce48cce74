package org.inclusio;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.inclusio.tenant.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/** What Spring Modulith cannot see (DESIGN.md §3). */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.inclusio");

    /** Where SQL is written by hand: the database bootstrap and the tenant context. */
    private static final String[] NATIVE_SQL_ALLOWED = {"org.inclusio.shared.database..", "org.inclusio.tenant.."};

    /**
     * And the classes where JPQL cannot say it: the case number counter's upsert returning the new value, and the
     * anonymisation of a case file's Envers history, which has no entity, and the aggregates: the caseload
     * tallies' upserts and the needs, case file, consultation and feedback figures counted in SQL.
     */
    private static final String NATIVE_SQL_CLASSES =
            "org\\.inclusio\\.(beneficiary\\.internal\\.(CaseNumbers|CaseFileDataSubjectRecords|CaseFileStatisticsImpl)"
                    + "|assessment\\.internal\\.(CaseloadTallies|NeedsStatisticsImpl|ParticipatoryEvidenceImpl)"
                    + "|consultation\\.internal\\.ConsultationStatisticsImpl"
                    + "|feedback\\.internal\\.FeedbackStatisticsImpl)";

    /** The anonymous feedback pages: they bind the organisation of a channel token or receipt code. */
    private static final String PUBLIC_FEEDBACK_BINDERS =
            "org\\.inclusio\\.feedback\\.internal\\.(PublicFeedbackImpl|YouSaidWeDidServiceImpl)";

    @Test
    void entitiesAreNotPublic() {
        classes().that().areAnnotatedWith(Entity.class).should().notBePublic()
                .allowEmptyShould(true).check(CLASSES);
    }

    @Test
    void repositoriesAreNotPublic() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic()
                .allowEmptyShould(true).check(CLASSES);
    }

    @Test
    void entitiesAndRepositoriesLiveInInternalPackages() {
        classes().that().areAnnotatedWith(Entity.class).or().areAssignableTo(Repository.class)
                .should().resideInAPackage("..internal..")
                .allowEmptyShould(true).check(CLASSES);
    }

    @Test
    void nativeSqlOnlyInAllowedPlaces() {
        noClasses().that().resideOutsideOfPackages(NATIVE_SQL_ALLOWED)
                .and().haveNameNotMatching(NATIVE_SQL_CLASSES)
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.springframework.jdbc..")
                .orShould().callMethod(jakarta.persistence.EntityManager.class, "createNativeQuery", String.class)
                .check(CLASSES);
    }

    /** Spring Data's native queries are hand-written SQL too, and are bound by the same rule. */
    @Test
    void nativeQueriesOnlyInAllowedPlaces() {
        methods().that().areDeclaredInClassesThat().resideOutsideOfPackages(NATIVE_SQL_ALLOWED)
                .should(new ArchCondition<JavaMethod>("not declare a native @Query") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        method.tryGetAnnotationOfType(Query.class).filter(Query::nativeQuery).ifPresent(query ->
                                events.add(SimpleConditionEvent.violated(method,
                                        method.getFullName() + " declares a native @Query")));
                    }
                })
                .allowEmptyShould(true).check(CLASSES);
    }

    /**
     * Only the tenant module writes the tenant context: PostgreSQL's {@code app.tenant_id} is set by its transaction
     * manager (hand-written SQL is allowed nowhere else, see above), and binding a tenant outside the authenticated
     * actor is limited to the plumbing that turns a verified credential into one (identity) and to the audit log
     * recording sign-ins for the organisation they belong to, and the anonymous feedback pages, which bind the
     * organisation of a channel token or receipt code they found in a directory table.
     */
    @Test
    void onlyTheTenantModuleAndItsAllowedCallersBindATenant() {
        noClasses().that().resideOutsideOfPackages("org.inclusio.tenant..", "org.inclusio.identity.internal..",
                        "org.inclusio.audit.internal..")
                .and().haveNameNotMatching(PUBLIC_FEEDBACK_BINDERS)
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "binds a tenant or user in TenantContext",
                        call -> call.getTargetOwner().isEquivalentTo(TenantContext.class)
                                && call.getName().startsWith("call")))
                .check(CLASSES);
    }

    /** The sign-in lookup shows one account before anyone is known: only the actor resolution may use it. */
    @Test
    void onlyTheActorResolutionLooksUpAnAccountForSignIn() {
        noClasses().that().doNotHaveFullyQualifiedName("org.inclusio.identity.internal.ActorResolver")
                .should().callMethod(TenantContext.class, "callForSignIn", String.class,
                        java.util.function.Supplier.class)
                .check(CLASSES);
    }

    @Test
    void viewsDoNotTouchPersistence() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("..internal..", "jakarta.persistence..")
                .check(CLASSES);
    }
}
