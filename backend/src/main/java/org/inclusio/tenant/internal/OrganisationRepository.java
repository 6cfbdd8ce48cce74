package org.inclusio.tenant.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface OrganisationRepository extends JpaRepository<OrganisationEntity, UUID> {

    Optional<OrganisationEntity> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<OrganisationEntity> findAllByOrderByName();
}
