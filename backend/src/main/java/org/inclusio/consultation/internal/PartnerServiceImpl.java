package org.inclusio.consultation.internal;

import org.inclusio.consultation.Partner;
import org.inclusio.consultation.PartnerDetails;
import org.inclusio.consultation.PartnerId;
import org.inclusio.consultation.PartnerService;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.StaleVersionException;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.tenant.OrganisationDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.util.List;

@Service
@Validated
@Transactional(readOnly = true)
class PartnerServiceImpl implements PartnerService {

    private final PartnerRepository partners;
    private final ReferralRepository referrals;
    private final OrganisationDirectory organisations;
    private final Clock clock;

    PartnerServiceImpl(PartnerRepository partners, ReferralRepository referrals, OrganisationDirectory organisations,
                       Clock clock) {
        this.partners = partners;
        this.referrals = referrals;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    public List<Partner> list() {
        return partners.findAllByName().stream().map(PartnerEntity::toView).toList();
    }

    @Override
    public Partner get(PartnerId id) {
        return find(id).toView();
    }

    @Override
    @Transactional
    public Partner create(PartnerDetails details) {
        if (partners.existsByNameIgnoreCase(details.name())) {
            throw new InvalidInputException("name", "is already in the partner directory");
        }
        checkOrganisation(details);
        return partners.saveAndFlush(new PartnerEntity(details, StoredTime.now(clock))).toView();
    }

    @Override
    @Transactional
    public Partner update(PartnerId id, long expectedVersion, PartnerDetails details) {
        var partner = find(id);
        StaleVersionException.requireVersion(expectedVersion, partner.version());
        if (partners.existsByNameIgnoreCaseAndIdNot(details.name(), partner.id())) {
            throw new InvalidInputException("name", "is already in the partner directory");
        }
        checkOrganisation(details);
        partner.apply(details, StoredTime.now(clock));
        partners.flush();
        return partner.toView();
    }

    @Override
    @Transactional
    public void delete(PartnerId id) {
        var partner = find(id);
        if (referrals.existsByPartnerId(partner.id())) {
            throw new InvalidInputException("partner", "has referrals and stays in the directory");
        }
        partners.delete(partner);
    }

    /** A partner may be another Inclusio organisation, never the organisation itself. */
    private void checkOrganisation(PartnerDetails details) {
        if (details.organisation() == null) {
            return;
        }
        if (details.organisation().value().equals(CurrentActor.require().tenantId())) {
            throw new InvalidInputException("organisation", "is this organisation itself");
        }
        if (organisations.find(details.organisation()).isEmpty()) {
            throw new InvalidInputException("organisation", "is not an Inclusio organisation");
        }
    }

    private PartnerEntity find(PartnerId id) {
        return partners.findById(id.value()).orElseThrow(() -> new NotFoundException("Partner"));
    }
}
