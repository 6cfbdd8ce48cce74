package org.inclusio.feedback.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.inclusio.feedback.YouSaidWeDid;
import org.inclusio.feedback.YouSaidWeDidId;
import org.inclusio.feedback.YouSaidWeDidService;
import org.inclusio.shared.CursorPage;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

/** "You said, we did": managers write the entries; anyone reads an organisation's public page. */
@RestController
@Tag(name = "feedback")
class YouSaidWeDidController {

    private final YouSaidWeDidService entries;

    YouSaidWeDidController(YouSaidWeDidService entries) {
        this.entries = entries;
    }

    /** Newest first, each with the feedback behind it, in one page. */
    @GetMapping("/api/v1/you-said-we-did")
    CursorPage<YouSaidWeDid> list() {
        return new CursorPage<>(entries.list(), null);
    }

    @PostMapping("/api/v1/you-said-we-did")
    ResponseEntity<YouSaidWeDid> publish(@Valid @RequestBody YouSaidWeDid.Details details) {
        var entry = entries.publish(details);
        return ETags.created(URI.create("/api/v1/you-said-we-did/" + entry.id()), entry, entry.version());
    }

    @PutMapping("/api/v1/you-said-we-did/{id}")
    ResponseEntity<YouSaidWeDid> update(@PathVariable UUID id,
                                        @Parameter(required = true) @RequestHeader(name = HttpHeaders.IF_MATCH,
                                                required = false) @Nullable String ifMatch,
                                        @Valid @RequestBody YouSaidWeDid.Details details) {
        var entry = entries.update(new YouSaidWeDidId(id), ETags.expectedVersion(ifMatch), details);
        return ETags.ok(entry, entry.version());
    }

    /** An organisation's public page, in {@code lang} where an entry has it; no authentication, nothing internal. */
    @GetMapping("/api/v1/public/you-said-we-did/{slug}")
    @SecurityRequirements
    ResponseEntity<YouSaidWeDidService.PublicPage> publicPage(@PathVariable String slug,
                                                             @RequestParam(defaultValue = "en") String lang) {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(entries.publicPage(slug, lang).orElseThrow(() -> new NotFoundException("Organisation")));
    }
}
