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
import org.inclusio.identity.InvitationStatus;
import org.inclusio.shared.security.Role;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A person's invitations across organisations, read-only. Like {@link OwnMembershipEntity} without
 * {@code @TenantId}: read with only {@code app.user_id} set, where the {@code own_invitations} policy returns the
 * invitations addressed to that person's username or e-mail address and nothing else.
 */
@Entity
@Immutable
@Table(name = "invitation")
class OwnInvitationEntity {

    @Column(name = "tenant_id")
    private UUID tenantId;
    @Id
    private UUID id;
    @Column(name = "invitee_email")
    private @Nullable String email;
    @Column(name = "invitee_username")
    private @Nullable String username;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] roles;
    @Enumerated(EnumType.STRING)
    private InvitationStatus status;
    @Column(name = "expires_at")
    private Instant expiresAt;

    protected OwnInvitationEntity() {
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

    Instant expiresAt() {
        return expiresAt;
    }

    boolean isUsable(Instant now) {
        return status == InvitationStatus.PENDING && now.isBefore(expiresAt);
    }
}
