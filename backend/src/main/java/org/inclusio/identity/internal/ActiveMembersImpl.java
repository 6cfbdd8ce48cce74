package org.inclusio.identity.internal;

import org.inclusio.identity.MemberStatus;
import org.inclusio.tenant.ActiveMembers;
import org.inclusio.tenant.TenantContext;
import org.inclusio.tenant.TenantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Objects;

/** Counts inside the organisation's own tenant context, the only place its memberships are visible. */
@Service
class ActiveMembersImpl implements ActiveMembers {

    private final MembershipRepository memberships;
    private final TransactionTemplate readOnly;

    ActiveMembersImpl(MembershipRepository memberships, PlatformTransactionManager transactions) {
        this.memberships = memberships;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @Override
    public long count(TenantId organisation) {
        return TenantContext.callInTenant(organisation, () -> Objects.requireNonNull(
                readOnly.execute(status -> memberships.countByStatus(MemberStatus.ACTIVE))));
    }
}
