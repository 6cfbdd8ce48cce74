package org.inclusio.beneficiary.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.inclusio.beneficiary.CaseFile;
import org.inclusio.beneficiary.CaseFileDetails;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.beneficiary.CaseFileReader;
import org.inclusio.beneficiary.CaseFileRevision;
import org.inclusio.beneficiary.CaseFileService;
import org.inclusio.beneficiary.CaseFileSearch;
import org.inclusio.beneficiary.CaseFileStatus;
import org.inclusio.beneficiary.CaseFileSummary;
import org.inclusio.beneficiary.ClosingReason;
import org.inclusio.beneficiary.ConsentPurpose;
import org.inclusio.identity.UserAccountId;
import org.inclusio.shared.CursorPage;
import org.inclusio.shared.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "beneficiaries", description = "Case files of the people the organisation supports")
class CaseFileController {

    /** A new case file and the consents the person gives now (dated today). */
    record NewCaseFile(@NotNull @Valid CaseFileDetails details, List<@NotNull ConsentPurpose> consentsGiven) {

        NewCaseFile {
            consentsGiven = consentsGiven == null ? List.of() : List.copyOf(consentsGiven);
        }
    }

    record Closure(@NotNull ClosingReason reason) {
    }

    /** @param on when the person gave or withdrew it; today when {@code null} */
    record ConsentChange(@NotNull ConsentPurpose purpose, boolean given, @Nullable LocalDate on) {
    }

    private final CaseFileService caseFiles;

    CaseFileController(CaseFileService caseFiles) {
        this.caseFiles = caseFiles;
    }

    @GetMapping("/api/v1/beneficiaries")
    @Operation(summary = "The case file list, newest change first; the next page with ?cursor=<nextCursor>")
    CursorPage<CaseFileSummary> list(@RequestParam(required = false) @Nullable String text,
                                     @RequestParam(required = false) @Nullable CaseFileStatus status,
                                     @RequestParam(required = false) @Nullable UUID caseworker,
                                     @RequestParam(required = false) @Nullable String nationality,
                                     @RequestParam(required = false) @Nullable String language,
                                     @RequestParam(required = false) @Nullable String cursor,
                                     @RequestParam(defaultValue = "50") int limit) {
        return caseFiles.search(new CaseFileSearch(text, status,
                caseworker == null ? null : new UserAccountId(caseworker), nationality, language), cursor, limit);
    }

    @GetMapping("/api/v1/beneficiaries/{id}")
    @Operation(summary = "Opens a case file (recorded in its read log); special-category data only for caseworkers,"
            + " managers and protection focal points")
    ResponseEntity<CaseFile> get(@PathVariable UUID id) {
        var caseFile = caseFiles.get(new CaseFileId(id));
        return ETags.ok(caseFile, caseFile.version());
    }

    @PostMapping("/api/v1/beneficiaries")
    @Operation(summary = "Opens a new case file with the organisation's next case number")
    ResponseEntity<CaseFile> create(@Valid @RequestBody NewCaseFile command) {
        var caseFile = caseFiles.create(command.details(), command.consentsGiven());
        return ETags.created(URI.create("/api/v1/beneficiaries/" + caseFile.id()), caseFile, caseFile.version());
    }

    @PutMapping("/api/v1/beneficiaries/{id}")
    @Operation(summary = "Replaces every field of the case file (a missing specialCategory clears it); needs If-Match"
            + " with the ETag it started from: 428 without, 412 when someone else saved in between")
    ResponseEntity<CaseFile> update(@PathVariable UUID id,
                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                    @Nullable String ifMatch,
                                    @Valid @RequestBody CaseFileDetails details) {
        var caseFile = caseFiles.update(new CaseFileId(id), ETags.expectedVersion(ifMatch), details);
        return ETags.ok(caseFile, caseFile.version());
    }

    @PostMapping("/api/v1/beneficiaries/{id}/closure")
    @Operation(summary = "Closes the case file with a reason (closing a closed file changes nothing)")
    ResponseEntity<CaseFile> close(@PathVariable UUID id, @Valid @RequestBody Closure closure) {
        var caseFile = caseFiles.close(new CaseFileId(id), closure.reason());
        return ETags.ok(caseFile, caseFile.version());
    }

    @PostMapping("/api/v1/beneficiaries/{id}/reopening")
    @Operation(summary = "Opens a closed case file again")
    ResponseEntity<CaseFile> reopen(@PathVariable UUID id) {
        var caseFile = caseFiles.reopen(new CaseFileId(id));
        return ETags.ok(caseFile, caseFile.version());
    }

    @PutMapping("/api/v1/beneficiaries/{id}/consents")
    @Operation(summary = "Records one purpose's consent as given or withdrawn on a date (today when left out)")
    ResponseEntity<CaseFile> consent(@PathVariable UUID id, @Valid @RequestBody ConsentChange change) {
        var caseFileId = new CaseFileId(id);
        var caseFile = change.given() ? caseFiles.giveConsent(caseFileId, change.purpose(), change.on())
                : caseFiles.withdrawConsent(caseFileId, change.purpose(), change.on());
        return ETags.ok(caseFile, caseFile.version());
    }

    @GetMapping("/api/v1/beneficiaries/{id}/history")
    @Operation(summary = "Every saved change, newest first: when, who, and the names of the fields that changed")
    List<CaseFileRevision> history(@PathVariable UUID id) {
        return caseFiles.history(new CaseFileId(id));
    }

    @GetMapping("/api/v1/beneficiaries/{id}/readers")
    @Operation(summary = "Who opened the case file and when (organisation admins)")
    List<CaseFileReader> readers(@PathVariable UUID id) {
        return caseFiles.readers(new CaseFileId(id));
    }

}
