package org.inclusio.feedback.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.inclusio.feedback.FeedbackSetup.ServiceLevels;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** The organisation's service levels; an organisation without a row has the defaults. */
@Entity
@Table(name = "feedback_service_level")
class ServiceLevelEntity {

    static final ServiceLevels DEFAULTS = new ServiceLevels(3, 14);

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Id
    private UUID id;
    @Column(name = "acknowledge_days")
    private int acknowledgeDays;
    @Column(name = "answer_days")
    private int answerDays;
    @Version
    private @Nullable Long version;

    protected ServiceLevelEntity() {
    }

    ServiceLevelEntity(ServiceLevels levels) {
        this.id = UUID.randomUUID();
        apply(levels);
    }

    void apply(ServiceLevels levels) {
        acknowledgeDays = levels.acknowledgeDays();
        answerDays = levels.answerDays();
    }

    ServiceLevels toView() {
        return new ServiceLevels(acknowledgeDays, answerDays);
    }
}
