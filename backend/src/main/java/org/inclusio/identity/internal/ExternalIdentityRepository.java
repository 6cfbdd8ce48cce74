package org.inclusio.identity.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;
import java.util.UUID;

interface ExternalIdentityRepository extends JpaRepository<ExternalIdentityEntity, UUID> {

    @Query("""
            select account.username from ExternalIdentityEntity link, UserAccountEntity account
            where link.issuer = :issuer and link.subject = :subject and account.id = link.userAccountId""")
    Optional<String> findLinkedUsername(String issuer, String subject);

    boolean existsByIssuerAndUserAccountId(String issuer, UUID userAccountId);
}
