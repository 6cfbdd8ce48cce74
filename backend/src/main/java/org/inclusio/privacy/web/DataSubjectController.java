package org.inclusio.privacy.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.privacy.DataSubjectExport;
import org.inclusio.privacy.DataSubjectService;
import org.inclusio.privacy.Erasure;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Data-subject requests for organisation administrators. The file name carries the case file id, never a name. */
@RestController
@Tag(name = "data subjects")
class DataSubjectController {

    private final DataSubjectService dataSubjects;

    DataSubjectController(DataSubjectService dataSubjects) {
        this.dataSubjects = dataSubjects;
    }

    @GetMapping(path = "/api/v1/beneficiaries/{id}/data-export", produces = MediaType.APPLICATION_JSON_VALUE)
    DataSubjectExport export(@PathVariable UUID id) {
        return dataSubjects.export(new CaseFileId(id));
    }

    @GetMapping(path = "/api/v1/beneficiaries/{id}/data-export", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> exportPdf(@PathVariable UUID id) {
        var caseFile = new CaseFileId(id);
        byte[] pdf = dataSubjects.exportPdf(caseFile);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("data-export-" + id + ".pdf").build().toString())
                .body(pdf);
    }

    @PostMapping("/api/v1/beneficiaries/{id}/erasure")
    Erasure erase(@PathVariable UUID id) {
        return dataSubjects.erase(new CaseFileId(id));
    }
}
