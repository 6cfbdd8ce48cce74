package org.inclusio.evaluation.internal;

import org.inclusio.evaluation.EvaluationSchedules;
import org.inclusio.shared.security.Role;
import org.inclusio.shared.security.SystemWork;
import org.inclusio.tenant.Organisation;
import org.inclusio.tenant.OrganisationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * Every night, organisation by organisation and acting as its manager would, opens the drafts of the scheduled
 * evaluation periods that have ended. An organisation that fails is logged and does not stop the others.
 */
@Component
class ScheduledDrafts {

    private static final Logger log = LoggerFactory.getLogger(ScheduledDrafts.class);
    private static final String ACTOR = "evaluation-schedule";

    private final OrganisationService organisations;
    private final EvaluationSchedules schedules;

    ScheduledDrafts(OrganisationService organisations, EvaluationSchedules schedules) {
        this.organisations = organisations;
        this.schedules = schedules;
    }

    @Scheduled(cron = "${inclusio.evaluation.schedule-cron:0 15 2 * * *}")
    void run() {
        List<Organisation> all = SystemWork.call(ACTOR, null, Set.of(), true, organisations::list);
        int opened = 0;
        for (Organisation organisation : all) {
            try {
                opened += SystemWork.callIn(ACTOR, organisation.id().value(), Set.of(Role.MANAGER),
                        () -> schedules.openDue().size());
            } catch (RuntimeException e) {
                log.warn("Scheduled evaluations of {} could not be opened: {}", organisation.slug(),
                        e.getClass().getSimpleName());
            }
        }
        if (opened > 0) {
            log.info("Opened {} scheduled draft evaluation(s)", opened);
        }
    }
}
