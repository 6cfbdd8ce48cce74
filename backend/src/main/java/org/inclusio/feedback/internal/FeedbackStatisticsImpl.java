package org.inclusio.feedback.internal;

import org.inclusio.feedback.FeedbackFigures;
import org.inclusio.feedback.FeedbackStatistics;
import org.inclusio.feedback.PracticeFeedbackCounts;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.tenant.Organisation;
import org.inclusio.tenant.OrganisationDirectory;
import org.inclusio.tenant.Organisations;
import org.inclusio.tenant.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The figures over everything received in a period, sensitive reports included (as counts only). */
@Service
@Transactional(readOnly = true)
class FeedbackStatisticsImpl implements FeedbackStatistics {

    /** A period longer than this is refused: the figures are computed from the rows of the period. */
    private static final long MAX_DAYS = 3 * 366;

    private final FeedbackRepository feedback;
    private final ChannelRepository channels;
    private final OrganisationDirectory organisations;
    private final JdbcClient database;

    FeedbackStatisticsImpl(FeedbackRepository feedback, ChannelRepository channels,
                           OrganisationDirectory organisations, JdbcClient database) {
        this.feedback = feedback;
        this.channels = channels;
        this.organisations = organisations;
        this.database = database;
    }

    @Override
    public FeedbackFigures figures(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "is before from");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new InvalidInputException("to", "is more than three years after from");
        }
        int k = organisations.find(new TenantId(CurrentActor.require().tenantId()))
                .map(Organisation::smallCellThreshold).orElse(Organisations.DEFAULT_SMALL_CELL_THRESHOLD);
        Map<UUID, String> channelNames = channels.findAll().stream()
                .collect(Collectors.toMap(ChannelEntity::id, ChannelEntity::name));
        var rows = feedback.findByReceivedOnBetween(from, to).stream()
                .map(row -> new FiguresCalculation.Row(row.category(), channelNames.getOrDefault(row.channelId(), ""),
                        row.language(), row.type(), row.satisfaction(), row.status(), row.receivedOn(),
                        row.answeredOn()))
                .toList();
        return FiguresCalculation.figures(rows, from, to, Math.max(k, Organisations.DEFAULT_SMALL_CELL_THRESHOLD));
    }

    @Override
    public PracticeFeedbackCounts forPractice(UUID practiceId, LocalDate from, LocalDate to) {
        return database.sql("""
                        SELECT count(f.id) AS received,
                               count(f.answered_on) AS answered,
                               percentile_cont(0.5) WITHIN GROUP (ORDER BY f.answered_on - f.received_on)
                                   AS median_days,
                               (SELECT count(*) FROM feedback_channel c WHERE c.practice_id = :practice) AS channels
                        FROM feedback_channel c
                        JOIN feedback f ON f.tenant_id = c.tenant_id AND f.channel_id = c.id
                        WHERE c.practice_id = :practice AND f.received_on BETWEEN :from AND :to""")
                .param("practice", practiceId).param("from", from).param("to", to)
                .query((row, n) -> new PracticeFeedbackCounts(row.getLong("received"), row.getLong("answered"),
                        row.getObject("median_days") == null ? null : row.getDouble("median_days"),
                        row.getLong("channels")))
                .single();
    }
}
