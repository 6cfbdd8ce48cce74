package org.inclusio.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;
import org.inclusio.identity.Invitation;
import org.inclusio.identity.InvitationDelivery;
import org.inclusio.identity.InvitationId;
import org.inclusio.identity.InvitationStatus;
import org.inclusio.identity.MembershipId;
import org.inclusio.shared.security.Role;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An invitation of the current organisation; it guards its own transitions. */
@Entity
@Table(name = "invitation")
class InvitationEntity {

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Id
    private UUID id;
    @Column(name = "invitee_email")
    private @Nullable String email;
    @Column(name = "invitee_username")
    private @Nullable String username;
    @Column(name = "display_name")
    private @Nullable String displayName;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] roles;
    @Enumerated(EnumType.STRING)
    private InvitationStatus status;
    @Enumerated(EnumType.STRING)
    private InvitationDelivery delivery;
    @Column(name = "platform_appointment")
    private boolean platformAppointment;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "answered_at")
    private @Nullable Instant answeredAt;
    @Column(name = "membership_id")
    private @Nullable UUID membershipId;
    @Version
    private long version;

    protected InvitationEntity() {
    }

    InvitationEntity(@Nullable String email, @Nullable String username, @Nullable String displayName, Set<Role> roles,
                     InvitationDelivery delivery, boolean platformAppointment, Instant now, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.email = blankToNull(email);
        this.username = blankToNull(username);
        this.displayName = blankToNull(displayName);
        this.roles = roles.stream().sorted().map(Role::name).toArray(String[]::new);
        this.status = InvitationStatus.PENDING;
        this.delivery = delivery;
        this.platformAppointment = platformAppointment;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    @Nullable String email() {
        return email;
    }

    @Nullable String username() {
        return username;
    }

    @Nullable String displayName() {
        return displayName;
    }

    Set<Role> roles() {
        return MembershipEntity.rolesOf(roles);
    }

    boolean platformAppointment() {
        return platformAppointment;
    }

    InvitationDelivery delivery() {
        return delivery;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    InvitationStatus status(Instant now) {
        return status == InvitationStatus.PENDING && !now.isBefore(expiresAt) ? InvitationStatus.EXPIRED : status;
    }

    boolean isUsable(Instant now) {
        return status(now) == InvitationStatus.PENDING;
    }

    void accept(UUID membership, Instant now) {
        requireUsable(now);
        status = InvitationStatus.ACCEPTED;
        membershipId = membership;
        answeredAt = now;
    }

    void decline(Instant now) {
        requireUsable(now);
        status = InvitationStatus.DECLINED;
        answeredAt = now;
    }

    void withdraw(Instant now) {
        requireUsable(now);
        status = InvitationStatus.WITHDRAWN;
        answeredAt = now;
    }

    Invitation toView(Instant now) {
        return new Invitation(new InvitationId(id), email, username, displayName, roles(), status(now), delivery,
                createdAt, expiresAt, membershipId == null ? null : new MembershipId(membershipId));
    }

    private void requireUsable(Instant now) {
        if (!isUsable(now)) {
            throw new IllegalStateException("The invitation is no longer pending");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
