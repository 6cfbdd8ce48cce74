package org.inclusio.feedback.internal;

import org.inclusio.feedback.FeedbackCategory;
import org.inclusio.feedback.FeedbackStatus;
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

    long countByCategory(FeedbackCategory category);

    long countByCategoryAndStatus(FeedbackCategory category, FeedbackStatus status);

    List<FeedbackEntity> findByYouSaidWeDidId(UUID youSaidWeDid);

    List<FeedbackEntity> findByReceivedOnBetween(LocalDate from, LocalDate to);
}

interface NoteRepository extends JpaRepository<NoteEntity, UUID> {

    List<NoteEntity> findByFeedbackIdOrderByWrittenAtAscIdAsc(UUID feedback);
}

interface CodeRepository extends JpaRepository<CodeEntity, UUID> {

    @Query("select c from CodeEntity c order by c.retired, lower(c.category), lower(c.label), c.id")
    List<CodeEntity> findAllInOrder();

    boolean existsByKey(String key);

    boolean existsByKeyAndIdNot(String key, UUID id);
}

interface YouSaidWeDidRepository extends JpaRepository<YouSaidWeDidEntity, UUID> {

    List<YouSaidWeDidEntity> findAllByOrderByPublishedOnDescIdDesc();
}
