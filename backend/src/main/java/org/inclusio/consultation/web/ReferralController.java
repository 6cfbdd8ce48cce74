package org.inclusio.consultation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.consultation.CreateReferral;
import org.inclusio.consultation.PartnerId;
import org.inclusio.consultation.Referral;
import org.inclusio.consultation.ReferralFilter;
import org.inclusio.consultation.ReferralId;
import org.inclusio.consultation.ReferralService;
import org.inclusio.consultation.ReferralStatus;
import org.inclusio.shared.CursorPage;
import org.inclusio.shared.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/referrals")
@Tag(name = "referrals")
class ReferralController {

    record StatusChange(@NotNull ReferralStatus status) {
    }

    private final ReferralService referrals;

    ReferralController(ReferralService referrals) {
        this.referrals = referrals;
    }

    @GetMapping
    @Operation(summary = "Referrals, newest first, filtered; the next page with ?cursor=<nextCursor>")
    CursorPage<Referral> list(@RequestParam(required = false) @Nullable ReferralStatus status,
                            @RequestParam(required = false) @Nullable UUID caseFile,
                            @RequestParam(required = false) @Nullable UUID partner,
                            @RequestParam(required = false) @Nullable String cursor,
                            @RequestParam(defaultValue = "50") int limit) {
        return referrals.list(new ReferralFilter(status, caseFile == null ? null : new CaseFileId(caseFile),
                partner == null ? null : new PartnerId(partner)), cursor, limit);
    }

    @GetMapping("/{id}")
    ResponseEntity<Referral> get(@PathVariable UUID id) {
        var referral = referrals.get(new ReferralId(id));
        return ETags.ok(referral, referral.version());
    }

    @PostMapping
    @Operation(summary = "Refer a case file to a partner; refused (400) without the person's referral consent")
    ResponseEntity<Referral> create(@Valid @RequestBody CreateReferral command) {
        var referral = referrals.create(command);
        return ETags.created(URI.create("/api/v1/referrals/" + referral.id()), referral, referral.version());
    }

    @PutMapping("/{id}/status")
    @Operation(summary = "Record the partner's answer: SENT → ACCEPTED or DECLINED, ACCEPTED → COMPLETED; If-Match required")
    ResponseEntity<Referral> changeStatus(@PathVariable UUID id,
                                          @Parameter(required = true) @RequestHeader(name = HttpHeaders.IF_MATCH,
                                                  required = false) @Nullable String ifMatch,
                                          @Valid @RequestBody StatusChange change) {
        var referral = referrals.changeStatus(new ReferralId(id), ETags.expectedVersion(ifMatch), change.status());
        return ETags.ok(referral, referral.version());
    }
}
