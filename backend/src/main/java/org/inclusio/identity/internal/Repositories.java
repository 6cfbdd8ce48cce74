package org.inclusio.identity.internal;

import org.inclusio.identity.MemberStatus;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface UserAccountRepository extends JpaRepository<UserAccountEntity, UUID> {

    Optional<UserAccountEntity> findByUsername(String username);

    boolean existsByPlatformAdminTrueAndUsername(String username);

    boolean existsByPlatformAdminTrueAndEmailIgnoreCase(String email);
}

interface MembershipRepository extends JpaRepository<MembershipEntity, UUID> {

    Optional<MembershipEntity> findByUserId(UUID userId);

    List<MembershipEntity> findAllByOrderByCreatedAt();

    long countByStatus(MemberStatus status);
}

interface OwnMembershipRepository extends JpaRepository<OwnMembershipEntity, UUID> {

    List<OwnMembershipEntity> findByUserId(UUID userId);
}

interface ApiClientRepository extends JpaRepository<ApiClientEntity, UUID> {

    Optional<ApiClientEntity> findByClientId(String clientId);

    List<ApiClientEntity> findAllByOrderByClientId();
}

interface ApiClientDirectoryRepository extends JpaRepository<ApiClientDirectoryEntity, String> {
}

interface InvitationRepository extends JpaRepository<InvitationEntity, UUID> {

    List<InvitationEntity> findAllByOrderByCreatedAtDesc();
}

interface OwnInvitationRepository extends JpaRepository<OwnInvitationEntity, UUID> {

    List<OwnInvitationEntity> findByUsername(String username);

    List<OwnInvitationEntity> findByEmailIgnoreCase(String email);
}

interface InvitationLinkRepository extends JpaRepository<InvitationLinkEntity, String> {
}
