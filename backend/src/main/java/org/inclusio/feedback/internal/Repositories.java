package org.inclusio.feedback.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface ChannelRepository extends JpaRepository<ChannelEntity, UUID> {

    @Query("select c from ChannelEntity c order by lower(c.name), c.id")
    List<ChannelEntity> findAllByName();
}

interface ChannelDirectoryRepository extends JpaRepository<ChannelDirectoryEntity, String> {
}

interface ReceiptRepository extends JpaRepository<ReceiptEntity, byte[]> {

    Optional<ReceiptEntity> findByReceiptHash(byte[] receiptHash);
}

interface ServiceLevelRepository extends JpaRepository<ServiceLevelEntity, UUID> {

    @Query("select s from ServiceLevelEntity s")
    Optional<ServiceLevelEntity> findTheOne();
}

interface SubmissionKeyRepository extends JpaRepository<SubmissionKeyEntity, UUID> {

    Optional<SubmissionKeyEntity> findByChannelIdAndKeyHash(UUID channelId, byte[] keyHash);

    @Modifying
    @Query("delete from SubmissionKeyEntity k where k.expiresOn < :today")
    int deleteExpired(LocalDate today);
}

interface FeedbackRepository extends JpaRepository<FeedbackEntity, UUID> {

    @Query("""
            select count(f) from FeedbackEntity f
            where f.channelId = :channel and f.receivedOn between :from and :to""")
    long countReceived(UUID channel, LocalDate from, LocalDate to);
}
