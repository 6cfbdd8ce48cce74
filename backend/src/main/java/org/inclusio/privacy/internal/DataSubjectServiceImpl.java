package org.inclusio.privacy.internal;

import org.inclusio.beneficiary.CaseFileDirectory;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.beneficiary.CaseFileReference;
import org.inclusio.privacy.DataSubjectEvents.DataSubjectErased;
import org.inclusio.privacy.DataSubjectEvents.DataSubjectExported;
import org.inclusio.privacy.DataSubjectExport;
import org.inclusio.privacy.DataSubjectService;
import org.inclusio.privacy.Erasure;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.privacy.DataSubjectRecords;
import org.inclusio.tenant.OrganisationService;
import org.inclusio.tenant.TenantContext;
import org.inclusio.tenant.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;

@Service
@Transactional
class DataSubjectServiceImpl implements DataSubjectService {

    private final CaseFileDirectory caseFiles;
    private final List<DataSubjectRecords> records;
    private final OrganisationService organisations;
    private final DataSubjectPdf pdf;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** {@code records} arrive sorted by their {@code @Order}: the case file first. */
    DataSubjectServiceImpl(CaseFileDirectory caseFiles, List<DataSubjectRecords> records,
                           OrganisationService organisations, DataSubjectPdf pdf, ApplicationEventPublisher events,
                           Clock clock) {
        this.caseFiles = caseFiles;
        this.records = List.copyOf(records);
        this.organisations = organisations;
        this.pdf = pdf;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public DataSubjectExport export(CaseFileId caseFile) {
        var export = collect(caseFile);
        events.publishEvent(new DataSubjectExported(currentTenant(), caseFile, "json"));
        return export;
    }

    @Override
    public byte[] exportPdf(CaseFileId caseFile) {
        var export = collect(caseFile);
        events.publishEvent(new DataSubjectExported(currentTenant(), caseFile, "pdf"));
        return pdf.render(export);
    }

    @Override
    public Erasure erase(CaseFileId caseFile) {
        return anonymise(caseFile, false);
    }

    /** The retention schedule's erasure: the same work, recorded as the schedule's. */
    Erasure eraseForRetention(CaseFileId caseFile) {
        return anonymise(caseFile, true);
    }

    private Erasure anonymise(CaseFileId caseFile, boolean retention) {
        CaseFileReference reference = require(caseFile);
        var changed = new LinkedHashMap<String, Long>();
        for (DataSubjectRecords holder : records.reversed()) {
            changed.put(holder.section(), holder.anonymise(caseFile.value()));
        }
        events.publishEvent(new DataSubjectErased(currentTenant(), caseFile, retention));
        return new Erasure(caseFile, reference.caseNumber(), clock.instant(), changed);
    }

    private DataSubjectExport collect(CaseFileId caseFile) {
        CaseFileReference reference = require(caseFile);
        var sections = new LinkedHashMap<String, Object>();
        for (DataSubjectRecords holder : records) {
            sections.put(holder.section(), holder.export(caseFile.value()));
        }
        return new DataSubjectExport(caseFile, reference.caseNumber(), organisations.current().name(),
                clock.instant(), sections);
    }

    private CaseFileReference require(CaseFileId caseFile) {
        return caseFiles.find(caseFile).orElseThrow(() -> new NotFoundException("Case file"));
    }

    private static TenantId currentTenant() {
        return new TenantId(TenantContext.currentTenant().orElseThrow());
    }
}
