package org.inclusio.feedback.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.inclusio.feedback.FeedbackCode;
import org.inclusio.feedback.FeedbackCodeId;
import org.inclusio.feedback.FeedbackSetup.CodeDetails;
import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** A code of the organisation's coding framework. */
@Entity
@Table(name = "feedback_code")
class CodeEntity {

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Id
    private UUID id;
    private String key;
    private String category;
    private String label;
    private boolean retired;
    @Version
    private @Nullable Long version;

    protected CodeEntity() {
    }

    CodeEntity(CodeDetails details) {
        this.id = UUID.randomUUID();
        apply(details);
    }

    void apply(CodeDetails details) {
        key = details.key();
        category = details.category();
        label = details.label();
    }

    void retire() {
        retired = true;
    }

    UUID id() {
        return id;
    }

    String key() {
        return key;
    }

    boolean retired() {
        return retired;
    }

    FeedbackCode toView() {
        return new FeedbackCode(new FeedbackCodeId(id), key, category, label, retired);
    }
}
