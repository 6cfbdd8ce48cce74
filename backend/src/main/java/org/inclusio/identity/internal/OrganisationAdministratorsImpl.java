package org.inclusio.identity.internal;

import org.inclusio.identity.CreatedInvitation;
import org.inclusio.identity.InviteMember;
import org.inclusio.identity.OrganisationAdministrators;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.security.Role;
import org.inclusio.tenant.OrganisationService;
import org.inclusio.tenant.TenantContext;
import org.inclusio.tenant.TenantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

import java.util.EnumSet;
import java.util.Objects;

@Service
@Validated
class OrganisationAdministratorsImpl implements OrganisationAdministrators {

    private final OrganisationService organisations;
    private final InvitationIssuer issuer;
    private final InvitationAnswers answers;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;

    OrganisationAdministratorsImpl(OrganisationService organisations, InvitationIssuer issuer,
                                   InvitationAnswers answers, PlatformTransactionManager transactions) {
        this.organisations = organisations;
        this.issuer = issuer;
        this.answers = answers;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * The same answer whether the acting platform administrator or another one is named: the caller learns no more
     * than that platform administrators cannot be appointed.
     */
    @Override
    public CreatedInvitation appoint(TenantId organisation, InviteMember administrator) {
        if (!organisations.get(organisation).isActive()) {
            throw new NotFoundException("Organisation");
        }
        if (Boolean.TRUE.equals(readOnly.execute(status -> answers.isPlatformAdministrator(
                administrator.email(), administrator.username())))) {
            throw new InvalidInputException(administrator.email() != null ? "email" : "username",
                    InvitationAnswers.NO_PLATFORM_ADMINISTRATOR);
        }
        var roles = EnumSet.copyOf(administrator.roles());
        roles.add(Role.ORG_ADMIN);
        var command = new InviteMember(administrator.email(), administrator.username(), administrator.displayName(),
                roles);
        return TenantContext.callInTenant(organisation,
                () -> Objects.requireNonNull(transaction.execute(status -> issuer.issue(command, true))));
    }
}
