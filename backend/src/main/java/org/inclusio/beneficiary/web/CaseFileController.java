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
import org.inclusio.beneficiary.ConsentPurpose;
import org.inclusio.identity.UserAccountId;
import org.inclusio.shared.CursorPage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
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
        return ResponseEntity.ok().eTag(eTag(caseFile)).body(caseFile);
    }

    @PostMapping("/api/v1/beneficiaries")
    @Operation(summary = "Opens a new case file with the organisation's next case number")
    ResponseEntity<CaseFile> create(@Valid @RequestBody NewCaseFile command) {
        var caseFile = caseFiles.create(command.details(), command.consentsGiven());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/beneficiaries/" + caseFile.id()))
                .eTag(eTag(caseFile)).body(caseFile);
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

    private static String eTag(CaseFile caseFile) {
        return "\"" + caseFile.version() + "\"";
    }
}
