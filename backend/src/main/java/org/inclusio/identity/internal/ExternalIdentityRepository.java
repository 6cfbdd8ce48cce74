package org.inclusio.identity.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;
import java.util.UUID;

interface ExternalIdentityRepository extends JpaRepository<ExternalIdentityEntity, UUID> {

    @Query("select link.userAccountId from ExternalIdentityEntity link where link.issuer = :issuer and link.subject = :subject")
    Optional<UUID> findLinkedAccount(String issuer, String subject);

    boolean existsByIssuerAndUserAccountId(String issuer, UUID userAccountId);
}
