package org.inclusio.evaluation.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

interface EvaluationRepository extends JpaRepository<EvaluationEntity, UUID> {

    List<EvaluationEntity> findByPracticeIdAndFrameworkIdOrderByPeriodToDesc(UUID practiceId, UUID frameworkId);

    boolean existsByPracticeIdAndFrameworkIdAndPeriodFromAndPeriodTo(UUID practiceId, UUID frameworkId,
                                                                      LocalDate periodFrom, LocalDate periodTo);
}
