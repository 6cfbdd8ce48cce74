package org.inclusio.practice.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface IndicatorRepository extends JpaRepository<IndicatorEntity, UUID> {

    List<IndicatorEntity> findByPracticeId(UUID practiceId);

    boolean existsByPracticeIdAndObjectiveIdIn(UUID practiceId, java.util.Collection<UUID> objectiveIds);
}
