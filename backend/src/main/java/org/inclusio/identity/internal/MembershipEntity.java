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
import org.inclusio.identity.MemberStatus;
import org.inclusio.shared.security.Role;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "membership")
class MembershipEntity {

    @TenantId
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
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected MembershipEntity() {
    }

    MembershipEntity(UUID userId, Set<Role> roles, Instant now) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.roles = toArray(roles);
        this.status = MemberStatus.ACTIVE;
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    UUID userId() {
        return userId;
    }

    Set<Role> roles() {
        return rolesOf(roles);
    }

    MemberStatus status() {
        return status;
    }

    Instant createdAt() {
        return createdAt;
    }

    void changeRoles(Set<Role> newRoles) {
        this.roles = toArray(newRoles);
    }

    /** @return whether the status changed */
    boolean changeStatus(MemberStatus newStatus) {
        if (status == newStatus) {
            return false;
        }
        status = newStatus;
        return true;
    }

    /** The roles column as stored, shared with {@link OwnMembershipEntity}. */
    static Set<Role> rolesOf(String[] stored) {
        var set = EnumSet.noneOf(Role.class);
        Arrays.stream(stored).map(Role::valueOf).forEach(set::add);
        return set;
    }

    private static String[] toArray(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).toArray(String[]::new);
    }
}
