package org.inclusio.identity.internal;

import org.inclusio.identity.CreateMember;
import org.inclusio.identity.CreatedMember;
import org.inclusio.identity.OrganisationAdministrators;
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
    private final NewMembers newMembers;
    private final TransactionTemplate transaction;

    OrganisationAdministratorsImpl(OrganisationService organisations, NewMembers newMembers,
                                   PlatformTransactionManager transactions) {
        this.organisations = organisations;
        this.newMembers = newMembers;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public CreatedMember appoint(TenantId organisation, CreateMember administrator) {
        if (!organisations.get(organisation).isActive()) {
            throw new NotFoundException("Organisation");
        }
        var roles = EnumSet.copyOf(administrator.roles());
        roles.add(Role.ORG_ADMIN);
        var command = new CreateMember(administrator.username(), administrator.displayName(), administrator.email(),
                roles);
        return TenantContext.callInTenant(organisation,
                () -> Objects.requireNonNull(transaction.execute(status -> newMembers.add(command))));
    }
}
