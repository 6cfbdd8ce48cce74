package org.inclusio.evaluation.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface ImprovementActionRepository extends JpaRepository<ImprovementActionEntity, UUID> {

    List<ImprovementActionEntity> findByPracticeIdOrderByDueOn(UUID practiceId);

    List<ImprovementActionEntity> findAllByOrderByDueOn();
}
