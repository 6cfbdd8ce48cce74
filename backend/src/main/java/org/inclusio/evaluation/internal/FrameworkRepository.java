package org.inclusio.evaluation.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface FrameworkRepository extends JpaRepository<FrameworkEntity, UUID> {

    @Query("select f from FrameworkEntity f where f.tenantId is null and f.key = :key and f.version = :version")
    Optional<FrameworkEntity> findShipped(String key, int version);

    @Query("select f from FrameworkEntity f order by case when f.tenantId is null then 0 else 1 end, f.key, f.version")
    List<FrameworkEntity> findAllShippedFirst();
}
