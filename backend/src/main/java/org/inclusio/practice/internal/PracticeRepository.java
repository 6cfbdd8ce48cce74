package org.inclusio.practice.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface PracticeRepository extends JpaRepository<PracticeEntity, UUID> {

    Optional<PracticeEntity> findByName(String name);

    List<PracticeEntity> findAllByOrderByNameAsc();
}
