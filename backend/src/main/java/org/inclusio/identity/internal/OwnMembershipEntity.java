package org.inclusio.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.inclusio.identity.MemberStatus;
import org.inclusio.shared.security.Role;

import java.util.Set;
import java.util.UUID;

/**
 * A person's memberships across organisations, read-only. Deliberately without {@code @TenantId}: it is read with
 * only {@code app.user_id} set, where the {@code own_memberships} policy lets PostgreSQL return exactly the rows of
 * that person and nothing else.
 */
@Entity
@Immutable
@Table(name = "membership")
class OwnMembershipEntity {

    @Column(name = "tenant_id")
    private UUID tenantId;
    @Id
    private UUID id;
    @Column(name = "user_id")
    private UUID userId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] roles;
    @Enumerated(EnumType.STRING)
    private MemberStatus status;

    protected OwnMembershipEntity() {
    }

    UUID tenantId() {
        return tenantId;
    }

    UUID id() {
        return id;
    }

    Set<Role> roles() {
        return MembershipEntity.rolesOf(roles);
    }

    boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }
}
