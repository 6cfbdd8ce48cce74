package org.inclusio.identity;

import org.inclusio.SignedInTest;
import org.inclusio.audit.AuditLog;
import org.inclusio.identity.internal.TestSignIn;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.security.Role;
import org.inclusio.tenant.CreateOrganisation;
import org.inclusio.tenant.OrganisationService;
import org.inclusio.tenant.OrganisationType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The services themselves refuse what a role may not do, whatever view or endpoint calls them. */
@SignedInTest
class ServiceAuthorizationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MemberService members;

    @Autowired
    InvitationService invitations;

    @Autowired
    ApiClientService clients;

    @Autowired
    OrganisationService organisations;

    @Autowired
    AuditLog auditLog;

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    @Test
    void aVolunteerCannotManageMembersOrClients() {
        TestSignIn.as(context, "city-volunteer");
        assertThatThrownBy(() -> members.list()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> invitations.invite(new InviteMember(null, "sneaky", "Sneaky", Set.of(Role.ORG_ADMIN))))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> invitations.list()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> clients.list()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> auditLog.organisationEvents(10)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void aPlatformAdministratorCannotReadOrganisationData() {
        TestSignIn.as(context, "platform-admin");
        assertThatThrownBy(() -> members.list()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> organisations.current()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> auditLog.organisationEvents(10)).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(organisations.list()).extracting(organisation -> organisation.slug()).contains("demo-city");
    }

    @Test
    void anOrganisationAdministratorCannotCreateOrganisations() {
        TestSignIn.as(context, "city-admin");
        assertThat(members.list()).extracting(Member::username).contains("city-admin");
        assertThatThrownBy(() -> organisations.create(new CreateOrganisation("X", "x-org", OrganisationType.NGO, "CZ",
                "en", List.of("en"), 5, 60))).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void withoutAnyoneSignedInNothingIsAllowed() {
        assertThatThrownBy(() -> members.list()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> organisations.list()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    /** Allowed to manage members, but not another organisation's: those are not found, as if they did not exist. */
    @Test
    void anotherOrganisationsMembersAreNotFound() {
        TestSignIn.as(context, "aid-admin");
        MembershipId aidMember = members.list().getFirst().id();
        TestSignIn.as(context, "city-admin");
        assertThatThrownBy(() -> members.get(aidMember)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> members.changeRoles(aidMember, Set.of(Role.ORG_ADMIN)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> members.deactivate(aidMember)).isInstanceOf(NotFoundException.class);
    }
}
