package org.inclusio.consultation.internal;

import org.inclusio.beneficiary.CaseFileDirectory;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.beneficiary.ConsentPurpose;
import org.inclusio.consultation.CreateReferral;
import org.inclusio.consultation.Referral;
import org.inclusio.consultation.ReferralFilter;
import org.inclusio.consultation.ReferralId;
import org.inclusio.consultation.ReferralService;
import org.inclusio.consultation.ReferralStatus;
import org.inclusio.shared.Cursor;
import org.inclusio.shared.CursorPage;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.StaleVersionException;
import org.inclusio.shared.security.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@Service
@Validated
@Transactional(readOnly = true)
class ReferralServiceImpl implements ReferralService {

    private final ReferralRepository referrals;
    private final PartnerRepository partners;
    private final ConsultationSearch search;
    private final CaseFileDirectory caseFiles;
    private final Clock clock;

    ReferralServiceImpl(ReferralRepository referrals, PartnerRepository partners, ConsultationSearch search,
                        CaseFileDirectory caseFiles, Clock clock) {
        this.referrals = referrals;
        this.partners = partners;
        this.search = search;
        this.caseFiles = caseFiles;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Referral create(CreateReferral command) {
        var partner = partners.findById(command.partner().value())
                .orElseThrow(() -> new InvalidInputException("partner", "is not in the partner directory"));
        var caseFile = caseFiles.find(command.caseFile())
                .orElseThrow(() -> new InvalidInputException("caseFile", "does not exist"));
        if (!caseFile.hasConsent(ConsentPurpose.REFERRAL_TO_PARTNERS)) {
            throw new InvalidInputException("caseFile", "The person has not consented to referrals to partners; "
                    + "record their consent in the case file before referring them.");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate sentOn = command.sentOn() == null ? today : command.sentOn();
        if (sentOn.isAfter(today)) {
            throw new InvalidInputException("sentOn", "must not be after today");
        }
        var referral = referrals.saveAndFlush(new ReferralEntity(command.caseFile().value(), partner.id(),
                command.reason(), sentOn, CurrentActor.require().id(), StoredTime.now(clock)));
        return referral.toView(partner.name());
    }

    @Override
    @Transactional
    public Referral changeStatus(ReferralId id, long expectedVersion, ReferralStatus status) {
        var referral = find(id);
        StaleVersionException.requireVersion(expectedVersion, referral.version());
        referral.changeStatus(status, LocalDate.now(clock), StoredTime.now(clock));
        referrals.flush();
        return views(List.of(referral)).getFirst();
    }

    @Override
    public Referral get(ReferralId id) {
        return views(List.of(find(id))).getFirst();
    }

    @Override
    public CursorPage<Referral> list(ReferralFilter filter, @Nullable String cursor, int limit) {
        var rows = search.referrals(filter, Cursor.decodeIfPresent(cursor).orElse(null), limit + 1);
        var names = partnerNames(rows);
        return ConsultationServiceImpl.page(rows, limit, row -> row.toView(names.get(row.partnerId())),
                row -> Cursor.of(row.sentOn(), row.id()));
    }

    /** For a case file's timeline, inside the caller's transaction and checks. */
    List<Referral> ofCaseFile(CaseFileId caseFile) {
        return views(referrals.findByCaseFileIdOrderBySentOnDescIdDesc(caseFile.value()));
    }

    private List<Referral> views(List<ReferralEntity> rows) {
        var names = partnerNames(rows);
        return rows.stream().map(row -> row.toView(names.get(row.partnerId()))).toList();
    }

    private Map<UUID, String> partnerNames(List<ReferralEntity> rows) {
        return partners.findAllById(rows.stream().map(ReferralEntity::partnerId).distinct().toList()).stream()
                .collect(Collectors.toMap(PartnerEntity::id, PartnerEntity::name));
    }

    private ReferralEntity find(ReferralId id) {
        return referrals.findById(id.value()).orElseThrow(() -> new NotFoundException("Referral"));
    }
}
