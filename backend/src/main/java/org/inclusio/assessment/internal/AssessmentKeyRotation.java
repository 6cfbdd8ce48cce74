package org.inclusio.assessment.internal;

import org.inclusio.shared.crypto.FieldCipher;
import org.inclusio.shared.crypto.SealedDataRotation;
import org.inclusio.shared.security.Role;
import org.inclusio.shared.security.SystemWork;
import org.inclusio.tenant.Organisation;
import org.inclusio.tenant.OrganisationService;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Objects;
import java.util.Set;

/**
 * The rotation command's part for needs assessments: organisation by organisation, in batches of {@value #BATCH}
 * rows per transaction, sealed descriptions under an older key are opened and sealed again under the current one.
 */
@Component
class AssessmentKeyRotation implements SealedDataRotation {

    private static final int BATCH = 200;
    private static final String ACTOR = "key-rotation";

    private final OrganisationService organisations;
    private final NeedsAssessmentRepository assessments;
    private final SensitiveDescriptions descriptions;
    private final TransactionTemplate transaction;

    AssessmentKeyRotation(OrganisationService organisations, NeedsAssessmentRepository assessments,
                          SensitiveDescriptions descriptions, PlatformTransactionManager transactions) {
        this.organisations = organisations;
        this.assessments = assessments;
        this.descriptions = descriptions;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public String name() {
        return "needs assessments";
    }

    @Override
    public long resealAll(FieldCipher cipher) {
        long resealed = 0;
        for (Organisation organisation : SystemWork.call(ACTOR, null, Set.of(), true, organisations::list)) {
            resealed += SystemWork.callIn(ACTOR, organisation.id().value(), Set.of(Role.CASEWORKER),
                    this::resealOrganisation);
        }
        return resealed;
    }

    private long resealOrganisation() {
        long resealed = 0;
        int batch;
        do {
            batch = Objects.requireNonNull(transaction.execute(status -> {
                var stale = assessments.findBySealedKeyIdNotNullAndSealedKeyIdNot(descriptions.currentKeyId(),
                        Limit.of(BATCH));
                stale.forEach(descriptions::reseal);
                return stale.size();
            }));
            resealed += batch;
        } while (batch == BATCH);
        return resealed;
    }
}
