package org.inclusio.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "user_account")
class UserAccountEntity {

    @Id
    private UUID id;
    private String username;
    @Column(name = "display_name")
    private String displayName;
    private @Nullable String email;
    @Column(name = "password_hash")
    private @Nullable String passwordHash;
    @Column(name = "platform_admin")
    private boolean platformAdmin;
    private boolean active;
    @Column(name = "default_organisation_id")
    private @Nullable UUID defaultOrganisationId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected UserAccountEntity() {
    }

    UserAccountEntity(String username, String displayName, @Nullable String email, @Nullable String passwordHash,
                      boolean platformAdmin, Instant now) {
        this(UUID.randomUUID(), username, displayName, email, passwordHash, platformAdmin, now);
    }

    /** @param id chosen beforehand, when the transaction that creates the account must already act as it */
    UserAccountEntity(UUID id, String username, String displayName, @Nullable String email,
                      @Nullable String passwordHash, boolean platformAdmin, Instant now) {
        this.id = id;
        this.username = username;
        this.displayName = displayName.strip();
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.passwordHash = passwordHash;
        this.platformAdmin = platformAdmin;
        this.active = true;
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    @Nullable String email() {
        return email;
    }

    @Nullable String passwordHash() {
        return passwordHash;
    }

    boolean platformAdmin() {
        return platformAdmin;
    }

    boolean active() {
        return active;
    }

    @Nullable UUID defaultOrganisationId() {
        return defaultOrganisationId;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    void chooseDefaultOrganisation(UUID organisation) {
        this.defaultOrganisationId = organisation;
    }

    /** The first organisation a person joins becomes their default, so they never land in another by accident. */
    void joined(UUID organisation) {
        if (defaultOrganisationId == null) {
            defaultOrganisationId = organisation;
        }
    }
}
