package org.inclusio.beneficiary.internal;

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
 * The rotation command's part for case files: organisation by organisation (row-level security shows one at a
 * time), in batches of {@value #BATCH} rows per transaction, every case file sealed under an older key is opened and
 * sealed again under the current one. Each re-encryption is a revision by the system in the file's history. Older
 * versions in {@code case_file_aud} keep the ciphertext of their time: the history compares, never opens them.
 */
@Component
class CaseFileKeyRotation implements SealedDataRotation {

    private static final int BATCH = 200;
    private static final String ACTOR = "key-rotation";

    private final OrganisationService organisations;
    private final CaseFileRepository caseFiles;
    private final SpecialCategoryStore specialCategory;
    private final TransactionTemplate transaction;

    CaseFileKeyRotation(OrganisationService organisations, CaseFileRepository caseFiles,
                        SpecialCategoryStore specialCategory, PlatformTransactionManager transactions) {
        this.organisations = organisations;
        this.caseFiles = caseFiles;
        this.specialCategory = specialCategory;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public String name() {
        return "beneficiary case files";
    }

    /** {@code cipher} is the application's own, which {@link SpecialCategoryStore} seals with. */
    @Override
    public long resealAll(FieldCipher cipher) {
        var all = SystemWork.call(ACTOR, null, Set.of(), true, organisations::list);
        long resealed = 0;
        for (Organisation organisation : all) {
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
                var stale = caseFiles.findBySealedKeyIdNotNullAndSealedKeyIdNot(specialCategory.currentKeyId(),
                        Limit.of(BATCH));
                stale.forEach(specialCategory::reseal);
                return stale.size();
            }));
            resealed += batch;
        } while (batch == BATCH);
        return resealed;
    }
}
