package org.inclusio.consultation.internal;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

interface TopicRepository extends JpaRepository<TopicEntity, UUID> {

    List<TopicEntity> findAllByOrderByPosition();

    long countByIdIn(Collection<UUID> ids);
}

interface ConsultationRepository extends JpaRepository<ConsultationEntity, UUID> {

    @Query("""
            select c from ConsultationEntity c join c.caseFiles link where link.caseFileId = :caseFile
            order by c.heldOn desc, c.id desc""")
    List<ConsultationEntity> findByCaseFile(UUID caseFile);
}

interface FollowUpRepository extends JpaRepository<FollowUpEntity, UUID> {

    List<FollowUpEntity> findByAssigneeIdAndDoneAtIsNullOrderByDueOnAscIdAsc(UUID assignee);

    List<FollowUpEntity> findByDoneAtIsNullAndDueOnBeforeOrderByDueOnAscIdAsc(LocalDate today);

    List<FollowUpEntity> findByCaseFileIdOrderByDueOnDescIdDesc(UUID caseFile);

    @Query("""
            select f from FollowUpEntity f where f.dueOn > :dueOn or (f.dueOn = :dueOn and f.id > :id)
            order by f.dueOn, f.id""")
    List<FollowUpEntity> findPageAfter(LocalDate dueOn, UUID id, Limit limit);

    List<FollowUpEntity> findAllByOrderByDueOnAscIdAsc(Limit limit);
}

interface PartnerRepository extends JpaRepository<PartnerEntity, UUID> {

    @Query("select p from PartnerEntity p order by lower(p.name), p.id")
    List<PartnerEntity> findAllByName();

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, UUID id);
}

interface ReferralRepository extends JpaRepository<ReferralEntity, UUID> {

    boolean existsByPartnerId(UUID partner);

    List<ReferralEntity> findByCaseFileIdOrderBySentOnDescIdDesc(UUID caseFile);
}
