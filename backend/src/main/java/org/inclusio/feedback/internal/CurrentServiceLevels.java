package org.inclusio.feedback.internal;

import org.inclusio.feedback.FeedbackSetup;
import org.springframework.stereotype.Component;

/** The current organisation's service levels, the defaults until it changes them. */
@Component
class CurrentServiceLevels {

    private final ServiceLevelRepository repository;

    CurrentServiceLevels(ServiceLevelRepository repository) {
        this.repository = repository;
    }

    FeedbackSetup.ServiceLevels current() {
        return repository.findTheOne().map(ServiceLevelEntity::toView).orElse(ServiceLevelEntity.DEFAULTS);
    }
}
