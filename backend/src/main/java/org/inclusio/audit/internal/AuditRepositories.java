package org.inclusio.audit.internal;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface AuditEventRepository extends JpaRepository<AuditEventEntity, UUID> {

    List<AuditEventEntity> findAllByOrderByOccurredAtDesc(Limit limit);
}

interface PlatformAuditEventRepository extends JpaRepository<PlatformAuditEventEntity, UUID> {

    List<PlatformAuditEventEntity> findAllByOrderByOccurredAtDesc(Limit limit);
}
