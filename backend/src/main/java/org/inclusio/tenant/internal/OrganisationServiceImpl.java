package org.inclusio.tenant.internal;

import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.NotFoundException;
import org.inclusio.tenant.CreateOrganisation;
import org.inclusio.tenant.Organisation;
import org.inclusio.tenant.OrganisationCreated;
import org.inclusio.tenant.OrganisationDirectory;
import org.inclusio.tenant.OrganisationService;
import org.inclusio.tenant.OrganisationSettings;
import org.inclusio.tenant.OrganisationSettingsChanged;
import org.inclusio.tenant.OrganisationStatus;
import org.inclusio.tenant.OrganisationStatusChanged;
import org.inclusio.tenant.TenantContext;
import org.inclusio.tenant.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Service
@Validated
@Transactional(readOnly = true)
class OrganisationServiceImpl implements OrganisationService, OrganisationDirectory {

    private final OrganisationRepository organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganisationServiceImpl(OrganisationRepository organisations, ApplicationEventPublisher events, Clock clock) {
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Organisation create(CreateOrganisation command) {
        if (!command.languages().contains(command.defaultLanguage())) {
            throw new InvalidInputException("defaultLanguage", "must be one of the organisation's languages");
        }
        if (organisations.existsBySlug(command.slug())) {
            throw new InvalidInputException("slug", "is already taken");
        }
        var organisation = organisations.save(new OrganisationEntity(command, clock.instant())).toView();
        events.publishEvent(new OrganisationCreated(organisation.id(), organisation.slug()));
        return organisation;
    }

    @Override
    public List<Organisation> list() {
        return organisations.findAllByOrderByName().stream().map(OrganisationEntity::toView).toList();
    }

    @Override
    public Organisation get(TenantId id) {
        return find(id).orElseThrow(() -> new NotFoundException("Organisation"));
    }

    @Override
    @Transactional
    public Organisation changeStatus(TenantId id, OrganisationStatus status) {
        var organisation = organisations.findById(id.value()).orElseThrow(() -> new NotFoundException("Organisation"));
        if (organisation.changeStatus(status)) {
            events.publishEvent(new OrganisationStatusChanged(id, status));
        }
        return organisation.toView();
    }

    @Override
    @Transactional
    public Organisation changeSettings(OrganisationSettings settings) {
        if (!settings.languages().contains(settings.defaultLanguage())) {
            throw new InvalidInputException("defaultLanguage", "must be one of the organisation's languages");
        }
        var id = TenantContext.currentTenant().orElseThrow(() -> new NotFoundException("Organisation"));
        var organisation = organisations.findById(id).orElseThrow(() -> new NotFoundException("Organisation"));
        var before = OrganisationSettings.of(organisation.toView());
        organisation.changeSettings(settings);
        var after = organisation.toView();
        if (!before.equals(OrganisationSettings.of(after))) {
            events.publishEvent(new OrganisationSettingsChanged(after.id(), before, OrganisationSettings.of(after)));
        }
        return after;
    }

    @Override
    public Organisation current() {
        return TenantContext.currentTenant().map(TenantId::new).flatMap(this::find)
                .orElseThrow(() -> new NotFoundException("Organisation"));
    }

    @Override
    public Optional<Organisation> find(TenantId id) {
        return organisations.findById(id.value()).map(OrganisationEntity::toView);
    }

    @Override
    public Optional<Organisation> findBySlug(String slug) {
        return organisations.findBySlug(slug).map(OrganisationEntity::toView);
    }

    @Override
    public List<Organisation> findAll(Collection<TenantId> ids) {
        return organisations.findAllById(ids.stream().map(TenantId::value).toList()).stream()
                .map(OrganisationEntity::toView)
                .sorted(java.util.Comparator.comparing(Organisation::name))
                .toList();
    }
}
