package org.inclusio.evaluation.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface EvaluationScheduleRepository extends JpaRepository<EvaluationScheduleEntity, UUID> {

    Optional<EvaluationScheduleEntity> findByPracticeId(UUID practiceId);

    List<EvaluationScheduleEntity> findAllByOrderByNextPeriodFromAsc();
}
