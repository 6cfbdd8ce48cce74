package org.inclusio.audit.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.inclusio.audit.AuditEvent;
import org.inclusio.audit.AuditLog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
class AuditController {

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/api/v1/audit-events")
    @Tag(name = "audit")
    List<AuditEvent> organisationEvents(@RequestParam(defaultValue = "100") int limit) {
        return auditLog.organisationEvents(limit);
    }

    @GetMapping("/api/v1/platform/audit-events")
    @Tag(name = "platform")
    List<AuditEvent> platformEvents(@RequestParam(defaultValue = "100") int limit) {
        return auditLog.platformEvents(limit);
    }
}
