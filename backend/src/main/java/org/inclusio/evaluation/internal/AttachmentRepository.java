package org.inclusio.evaluation.internal;

import org.inclusio.evaluation.Attachment;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface AttachmentRepository extends JpaRepository<AttachmentEntity, UUID> {

    @Query("""
            select new org.inclusio.evaluation.Attachment(new org.inclusio.evaluation.AttachmentId(a.id), a.question,
                   a.fileName, a.mediaType, a.size)
            from AttachmentEntity a where a.evaluationId = :evaluation order by a.question, a.fileName""")
    List<Attachment> listed(UUID evaluation);

    List<AttachmentEntity> findByEvaluationId(UUID evaluation);

    Optional<AttachmentEntity> findByIdAndEvaluationId(UUID id, UUID evaluation);
}
