package org.inclusio.feedback.internal;

import org.inclusio.feedback.FeedbackForm;
import org.inclusio.feedback.FeedbackStatus;
import org.inclusio.feedback.IntakeChannel;
import org.inclusio.feedback.PublicChannel;
import org.inclusio.feedback.PublicFeedback;
import org.inclusio.feedback.Receipt;
import org.inclusio.feedback.ReceiptStatus;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.NotFoundException;
import org.inclusio.tenant.Organisation;
import org.inclusio.tenant.OrganisationDirectory;
import org.inclusio.tenant.TenantContext;
import org.inclusio.tenant.TenantId;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The anonymous side. A channel's public token or a receipt code is looked up in its directory table (no
 * organisation bound yet, no personal data there); the organisation found is then bound for one transaction exactly
 * as for a signed-in person, so row-level security and Hibernate's tenant filter hold as everywhere else.
 * Transactions are opened here, after the binding, never around it.
 */
@Service
@Validated
class PublicFeedbackImpl implements PublicFeedback {

    /** The statuses in which the organisation's reply is shown to the person. */
    private static final Set<FeedbackStatus> REPLIED = EnumSet.of(FeedbackStatus.ANSWERED, FeedbackStatus.CLOSED,
            FeedbackStatus.REFERRED);

    private final ChannelDirectoryRepository directory;
    private final ReceiptRepository receipts;
    private final ChannelRepository channels;
    private final FeedbackRepository feedback;
    private final SubmissionKeyRepository submissionKeys;
    private final FeedbackIntake intake;
    private final CurrentServiceLevels serviceLevels;
    private final OrganisationDirectory organisations;
    private final FeedbackProperties properties;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    PublicFeedbackImpl(ChannelDirectoryRepository directory, ReceiptRepository receipts, ChannelRepository channels,
                       FeedbackRepository feedback, SubmissionKeyRepository submissionKeys, FeedbackIntake intake,
                       CurrentServiceLevels serviceLevels, OrganisationDirectory organisations,
                       FeedbackProperties properties, PlatformTransactionManager transactions, Clock clock) {
        this.directory = directory;
        this.receipts = receipts;
        this.channels = channels;
        this.feedback = feedback;
        this.submissionKeys = submissionKeys;
        this.intake = intake;
        this.serviceLevels = serviceLevels;
        this.organisations = organisations;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    @Override
    public Optional<PublicChannel> channel(String publicToken) {
        return inChannel(publicToken, readOnly, (organisation, channel) -> {
            var levels = serviceLevels.current();
            return new PublicChannel(channel.publicToken(), organisation.name(), organisation.slug(),
                    channel.languages(), channel.questions(), channel.rounds().openOn(today()),
                    levels.acknowledgeDays(), levels.answerDays());
        });
    }

    @Override
    public Receipt submit(String publicToken, IntakeChannel intakeChannel, FeedbackForm form) {
        return inChannel(publicToken, transaction, (organisation, channel) -> take(channel, intakeChannel, form))
                .orElseThrow(() -> new NotFoundException("Feedback channel"));
    }

    @Override
    public Receipt submitOnce(String publicToken, IntakeChannel intakeChannel, FeedbackForm form,
                              String idempotencyKey) {
        try {
            return submitOnceInTransaction(publicToken, intakeChannel, form, idempotencyKey);
        } catch (DataIntegrityViolationException concurrentFirstSubmission) {
            // the same key arrived twice at once: the other one stored it, this one answers its receipt
            return submitOnceInTransaction(publicToken, intakeChannel, form, idempotencyKey);
        }
    }

    private Receipt submitOnceInTransaction(String publicToken, IntakeChannel intakeChannel, FeedbackForm form,
                                            String idempotencyKey) {
        return inChannel(publicToken, transaction, (organisation, channel) -> {
            var key = SubmissionKey.of(channel.id(), idempotencyKey, form);
            var earlier = submissionKeys.findByChannelIdAndKeyHash(channel.id(), key.keyHash());
            if (earlier.isPresent()) {
                if (!Arrays.equals(earlier.get().requestHash(), key.requestHash())) {
                    throw new InvalidInputException("Idempotency-Key",
                            "was used for a different submission; use a new key for a new submission");
                }
                return key.unseal(earlier.get().sealedReceipt());
            }
            submissionKeys.deleteExpired(today());
            Receipt receipt = take(channel, intakeChannel, form);
            submissionKeys.saveAndFlush(new SubmissionKeyEntity(channel.id(), key.keyHash(), key.requestHash(),
                    key.seal(receipt), today().plusDays(properties.submissionKeyDays())));
            return receipt;
        }).orElseThrow(() -> new NotFoundException("Feedback channel"));
    }

    private Receipt take(ChannelEntity channel, IntakeChannel intakeChannel, FeedbackForm form) {
        LocalDate today = today();
        if (!channel.rounds().openOn(today)) {
            throw new InvalidInputException("channel", "does not take feedback now");
        }
        return intake.take(channel, intakeChannel, today, form);
    }

    @Override
    public Optional<ReceiptStatus> status(String receiptCode) {
        var receipt = ReceiptCodes.normalise(receiptCode).flatMap(code -> readOnly.execute(status ->
                receipts.findByReceiptHash(ReceiptCodes.hash(code))));
        if (receipt.isEmpty()) {
            return Optional.empty();
        }
        var organisation = organisations.find(new TenantId(receipt.get().organisationId()))
                .filter(Organisation::isActive);
        if (organisation.isEmpty()) {
            return Optional.empty();
        }
        return TenantContext.callInTenant(organisation.get().id(), () -> readOnly.execute(status ->
                feedback.findById(receipt.get().feedbackId()).map(found -> {
                    boolean replied = REPLIED.contains(found.status());
                    return new ReceiptStatus(organisation.get().name(), found.receivedOn(), found.status(),
                            found.receivedOn().plusDays(serviceLevels.current().answerDays()),
                            replied ? found.publicReply() : null, replied ? found.answeredOn() : null,
                            found.referredTo());
                })));
    }

    /** Resolves the token, binds its organisation and runs {@code work} in one transaction of that organisation. */
    private <T> Optional<T> inChannel(String publicToken, TransactionTemplate template,
                                      BiFunction<Organisation, ChannelEntity, T> work) {
        if (publicToken.length() > 64) {
            return Optional.empty();
        }
        var entry = readOnly.execute(status -> directory.findById(publicToken));
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        var organisation = organisations.find(new TenantId(entry.get().organisationId()))
                .filter(Organisation::isActive);
        if (organisation.isEmpty()) {
            return Optional.empty();
        }
        return TenantContext.callInTenant(organisation.get().id(), () -> template.execute(status ->
                channels.findById(entry.get().channelId()).map(channel -> work.apply(organisation.get(), channel))));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
