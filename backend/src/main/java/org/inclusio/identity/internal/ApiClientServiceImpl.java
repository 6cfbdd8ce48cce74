package org.inclusio.identity.internal;

import org.inclusio.identity.ApiClient;
import org.inclusio.identity.ApiClientEvents.ApiClientCreated;
import org.inclusio.identity.ApiClientEvents.ApiClientRevoked;
import org.inclusio.identity.ApiClientId;
import org.inclusio.identity.ApiClientService;
import org.inclusio.identity.CreateApiClient;
import org.inclusio.identity.CreatedApiClient;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.security.Actor;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.shared.security.RandomSecrets;
import org.inclusio.tenant.OrganisationService;
import org.inclusio.tenant.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

@Service
@Validated
@Transactional(readOnly = true)
class ApiClientServiceImpl implements ApiClientService {

    private final ApiClientRepository clients;
    private final ApiClientDirectoryRepository directory;
    private final OrganisationService organisations;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiClientServiceImpl(ApiClientRepository clients, ApiClientDirectoryRepository directory,
                         OrganisationService organisations, PasswordEncoder passwords,
                         ApplicationEventPublisher events, Clock clock) {
        this.clients = clients;
        this.directory = directory;
        this.organisations = organisations;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<ApiClient> list() {
        return clients.findAllByOrderByClientId().stream().map(ApiClientEntity::toView).toList();
    }

    @Override
    public ApiClient get(ApiClientId id) {
        return find(id).toView();
    }

    @Override
    @Transactional
    public CreatedApiClient create(CreateApiClient command) {
        var organisation = organisations.current();
        String clientId = organisation.slug() + "-" + command.name();
        if (directory.existsById(clientId)) {
            throw new InvalidInputException("name", "is already used by another client");
        }
        String secret = RandomSecrets.urlSafe(32);
        Actor actor = CurrentActor.require();
        var client = clients.save(new ApiClientEntity(clientId, command.name(), passwords.encode(secret),
                command.scopes(), actor.kind() == Actor.Kind.USER ? actor.id() : null, clock.instant()));
        directory.save(new ApiClientDirectoryEntity(clientId, organisation.id().value()));
        events.publishEvent(new ApiClientCreated(organisation.id(), new ApiClientId(client.id()), clientId));
        return new CreatedApiClient(client.toView(), secret);
    }

    @Override
    @Transactional
    public ApiClient revoke(ApiClientId id) {
        var client = find(id);
        if (client.revoke(clock.instant())) {
            events.publishEvent(new ApiClientRevoked(new TenantId(Objects.requireNonNull(
                    CurrentActor.require().tenantId())), id, client.clientId()));
        }
        return client.toView();
    }

    private ApiClientEntity find(ApiClientId id) {
        return clients.findById(id.value()).orElseThrow(() -> new NotFoundException("API client"));
    }

}
