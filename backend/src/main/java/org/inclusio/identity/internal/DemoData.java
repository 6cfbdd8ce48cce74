package org.inclusio.identity.internal;

import org.inclusio.identity.ApiClientService;
import org.inclusio.identity.ApiScope;
import org.inclusio.identity.CreateApiClient;
import org.inclusio.identity.InviteMember;
import org.inclusio.shared.security.SystemWork;
import org.inclusio.shared.security.Role;
import org.inclusio.tenant.CreateOrganisation;
import org.inclusio.tenant.Organisation;
import org.inclusio.tenant.OrganisationDirectory;
import org.inclusio.tenant.OrganisationService;
import org.inclusio.tenant.OrganisationType;
import org.inclusio.tenant.Organisations;
import org.inclusio.tenant.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Demo organisations, accounts (password {@code demo}) and machine clients (secret {@code demo-secret}), listed in
 * the README. Only the embedded default enables it ({@code inclusio.demo-data.enabled}); it goes through the same
 * services as a platform or organisation administrator would, so everything it creates is validated and audited.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "inclusio.demo-data.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo";
    static final String CLIENT_SECRET = "demo-secret";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private record DemoMember(String username, String displayName, Set<Role> roles) {
    }

    private final OrganisationService organisations;
    private final OrganisationDirectory directory;
    private final NewMembers newMembers;
    private final InvitationIssuer invitations;
    private final InvitationRepository invitationRepository;
    private final ApiClientService clients;
    private final UserAccountRepository accounts;
    private final ActorResolver actors;
    private final MembershipRepository memberships;
    private final ApiClientRepository clientRepository;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoData(OrganisationService organisations, OrganisationDirectory directory, NewMembers newMembers,
             InvitationIssuer invitations, InvitationRepository invitationRepository, ApiClientService clients,
             UserAccountRepository accounts, ActorResolver actors, MembershipRepository memberships, ApiClientRepository clientRepository,
             PasswordEncoder passwords, PlatformTransactionManager transactions, Clock clock) {
        this.organisations = organisations;
        this.directory = directory;
        this.newMembers = newMembers;
        this.invitations = invitations;
        this.invitationRepository = invitationRepository;
        this.clients = clients;
        this.accounts = accounts;
        this.actors = actors;
        this.memberships = memberships;
        this.clientRepository = clientRepository;
        this.passwords = passwords;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Every step is skipped when already done, so an interrupted first start completes on the next one. */
    @Override
    public void run(ApplicationArguments args) {
        seedAccount("platform-admin", "Platform Administrator", true);
        var city = seedOrganisation(new CreateOrganisation("Demo City", "demo-city", OrganisationType.MUNICIPALITY,
                "CZ", "cs", List.of("cs", "en", "uk", "ar"), Organisations.DEFAULT_SMALL_CELL_THRESHOLD,
                Organisations.DEFAULT_RETENTION_MONTHS), List.of(
                new DemoMember("city-admin", "Cyril Admin", Set.of(Role.ORG_ADMIN)),
                new DemoMember("city-manager", "Marta Manager", Set.of(Role.MANAGER)),
                new DemoMember("city-caseworker", "Karel Caseworker", Set.of(Role.CASEWORKER)),
                new DemoMember("city-volunteer", "Vera Volunteer", Set.of(Role.INTERCULTURAL_WORKER)),
                new DemoMember("city-focal-point", "Filip Focal", Set.of(Role.PROTECTION_FOCAL_POINT)),
                new DemoMember("both-caseworker", "Bára Both", Set.of(Role.CASEWORKER))));
        seedInvitations(city);
        var aid = seedOrganisation(new CreateOrganisation("Demo Aid", "demo-aid", OrganisationType.NGO,
                "CZ", "en", List.of("en", "cs", "fa", "ps"), Organisations.DEFAULT_SMALL_CELL_THRESHOLD,
                Organisations.DEFAULT_RETENTION_MONTHS), List.of(
                new DemoMember("aid-admin", "Amir Admin", Set.of(Role.ORG_ADMIN)),
                new DemoMember("aid-manager", "Alena Manager", Set.of(Role.MANAGER)),
                new DemoMember("aid-caseworker", "Aziz Caseworker", Set.of(Role.CASEWORKER)),
                new DemoMember("both-caseworker", "Bára Both", Set.of(Role.CASEWORKER))));
        log.info("Demo data ready: organisations {} and {}", city.slug(), aid.slug());
    }

    /** The demo person's account, created as that person (row-level security lets nobody else write it). */
    private UserAccountEntity seedAccount(String username, String displayName, boolean platformAdmin) {
        return actors.accountByUsername(username).orElseGet(() -> {
            var account = new UserAccountEntity(username, displayName, null, passwords.encode(PASSWORD),
                    platformAdmin, clock.instant());
            return TenantContext.callAsUser(account.id(), () -> transaction.execute(status -> accounts.save(account)));
        });
    }

    /**
     * Demo members join directly, without an invitation, through the same path as an accepted invitation: the
     * membership is audited and the first organisation becomes the account's default.
     */
    private Organisation seedOrganisation(CreateOrganisation command, List<DemoMember> demoMembers) {
        var organisation = directory.findBySlug(command.slug())
                .orElseGet(() -> asSystem(null, true, () -> organisations.create(command)));
        asSystem(organisation.id().value(), false, () -> {
            demoMembers.forEach(member -> {
                var id = seedAccount(member.username(), member.displayName(), false).id();
                TenantContext.callAsUserIn(organisation.id(), id, () -> transaction.execute(status -> {
                    var account = accounts.findById(id).orElseThrow();
                    if (memberships.findByUserId(id).isEmpty()) {
                        newMembers.add(account, member.roles());
                    }
                    return null;
                }));
            });
            if (clients.list().isEmpty()) {
                var client = clients.create(new CreateApiClient("integration",
                        Set.of(ApiScope.MANAGER, ApiScope.CASEWORKER)));
                transaction.executeWithoutResult(status -> clientRepository.findById(client.client().id().value())
                        .ifPresent(entity -> entity.replaceSecretHash(passwords.encode(CLIENT_SECRET))));
            }
            return null;
        });
        return organisation;
    }

    /** A living list for the administrator: one invitation waiting for an answer, one that has expired. */
    private void seedInvitations(Organisation organisation) {
        asSystem(organisation.id().value(), false, () -> transaction.execute(status -> {
            if (invitationRepository.count() == 0) {
                invitations.issue(new InviteMember("new.colleague@example.org", null, "Nora Newcomer",
                        Set.of(Role.CASEWORKER)), false);
                invitations.issue(new InviteMember("late.reply@example.org", null, "Lukas Late",
                        Set.of(Role.INTERCULTURAL_WORKER)), false, clock.instant().minus(Duration.ofDays(5)));
            }
            return null;
        }));
    }

    private <T> T asSystem(UUID tenant, boolean platformAdmin, Supplier<T> work) {
        var roles = tenant == null ? Set.<Role>of() : Set.of(Role.ORG_ADMIN);
        return SystemWork.call("demo-data", tenant, roles, platformAdmin, work);
    }

}
