package org.inclusio.consultation.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.inclusio.consultation.Partner;
import org.inclusio.consultation.PartnerDetails;
import org.inclusio.consultation.PartnerId;
import org.inclusio.consultation.PartnerService;
import org.inclusio.shared.CursorPage;
import org.inclusio.shared.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/partners")
@Tag(name = "partners")
class PartnerController {

    private final PartnerService partners;

    PartnerController(PartnerService partners) {
        this.partners = partners;
    }

    /** The whole directory by name, in one page. */
    @GetMapping
    CursorPage<Partner> list() {
        return new CursorPage<>(partners.list(), null);
    }

    @GetMapping("/{id}")
    ResponseEntity<Partner> get(@PathVariable UUID id) {
        var partner = partners.get(new PartnerId(id));
        return ETags.ok(partner, partner.version());
    }

    @PostMapping
    ResponseEntity<Partner> create(@Valid @RequestBody PartnerDetails details) {
        var partner = partners.create(details);
        return ETags.created(URI.create("/api/v1/partners/" + partner.id()), partner, partner.version());
    }

    @PutMapping("/{id}")
    ResponseEntity<Partner> update(@PathVariable UUID id,
                                   @Parameter(required = true) @RequestHeader(name = HttpHeaders.IF_MATCH,
                                           required = false) @Nullable String ifMatch,
                                   @Valid @RequestBody PartnerDetails details) {
        var partner = partners.update(new PartnerId(id), ETags.expectedVersion(ifMatch), details);
        return ETags.ok(partner, partner.version());
    }

    /** Refused (400) while referrals to the partner exist. */
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        partners.delete(new PartnerId(id));
    }
}
