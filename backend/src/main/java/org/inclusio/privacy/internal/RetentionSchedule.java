package org.inclusio.privacy.internal;

import org.inclusio.beneficiary.CaseFileDirectory;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.shared.security.Role;
import org.inclusio.shared.security.SystemWork;
import org.inclusio.tenant.Organisation;
import org.inclusio.tenant.OrganisationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Anonymises case files that have been closed for longer than their organisation's retention period, every night,
 * organisation by organisation, acting as the organisation's administrator would. Each case file is erased in its own
 * transaction and audited like an erasure on request.
 */
@Component
@EnableConfigurationProperties(PrivacyProperties.class)
class RetentionSchedule {

    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);
    private static final String ACTOR = "retention-schedule";

    private final OrganisationService organisations;
    private final CaseFileDirectory caseFiles;
    private final DataSubjectServiceImpl dataSubjects;
    private final PrivacyProperties properties;
    private final Clock clock;

    RetentionSchedule(OrganisationService organisations, CaseFileDirectory caseFiles,
                      DataSubjectServiceImpl dataSubjects, PrivacyProperties properties, Clock clock) {
        this.organisations = organisations;
        this.caseFiles = caseFiles;
        this.dataSubjects = dataSubjects;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${inclusio.privacy.retention-schedule:0 30 3 * * *}")
    void run() {
        anonymiseExpired();
    }

    /** @return how many case files were anonymised, over all organisations */
    int anonymiseExpired() {
        List<Organisation> all = SystemWork.call(ACTOR, null, Set.of(), true, organisations::list);
        int anonymised = 0;
        for (Organisation organisation : all) {
            anonymised += SystemWork.callIn(ACTOR, organisation.id().value(), Set.of(Role.ORG_ADMIN),
                    () -> anonymiseExpiredIn(organisation));
        }
        if (anonymised > 0) {
            log.info("Retention schedule anonymised {} closed case files", anonymised);
        }
        return anonymised;
    }

    private int anonymiseExpiredIn(Organisation organisation) {
        LocalDate closedOnOrBefore = LocalDate.now(clock).minusMonths(organisation.retentionMonths());
        List<CaseFileId> expired = caseFiles.closedOnOrBefore(closedOnOrBefore, properties.retentionBatchSize());
        expired.forEach(dataSubjects::eraseForRetention);
        return expired.size();
    }
}
