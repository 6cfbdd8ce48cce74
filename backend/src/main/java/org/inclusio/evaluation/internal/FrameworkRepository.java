package org.inclusio.evaluation.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface FrameworkRepository extends JpaRepository<FrameworkEntity, UUID> {

    @Query("select f from FrameworkEntity f where f.tenantId is null and f.key = :key and f.version = :version")
    Optional<FrameworkEntity> findShipped(String key, int version);

    default Optional<FrameworkEntity> findShippedLatest(String key) {
        return findShippedVersions(key).stream().findFirst();
    }

    @Query("select f from FrameworkEntity f where f.tenantId is null and f.key = :key order by f.version desc")
    List<FrameworkEntity> findShippedVersions(String key);

    @Query("select f from FrameworkEntity f order by case when f.tenantId is null then 0 else 1 end, f.key, f.version")
    List<FrameworkEntity> findAllShippedFirst();

    @Query("select f from FrameworkEntity f where f.tenantId is not null and f.key = :key order by f.version desc")
    List<FrameworkEntity> findOwnVersions(String key);

    @Query("select distinct f.key from FrameworkEntity f")
    List<String> findAllKeys();
}
