package org.inclusio.identity.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.inclusio.identity.ApiClient;
import org.inclusio.identity.ApiClientId;
import org.inclusio.identity.ApiClientService;
import org.inclusio.identity.CreateApiClient;
import org.inclusio.identity.CreatedApiClient;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/api-clients")
@Tag(name = "api-clients")
class ApiClientController {

    private final ApiClientService clients;

    ApiClientController(ApiClientService clients) {
        this.clients = clients;
    }

    @GetMapping
    List<ApiClient> list() {
        return clients.list();
    }

    @GetMapping("/{id}")
    ApiClient get(@PathVariable UUID id) {
        return clients.get(new ApiClientId(id));
    }

    /** The secret is in this response and nowhere else, ever. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CreatedApiClient create(@Valid @RequestBody CreateApiClient command) {
        return clients.create(command);
    }

    @PostMapping("/{id}/revocation")
    ApiClient revoke(@PathVariable UUID id) {
        return clients.revoke(new ApiClientId(id));
    }
}
