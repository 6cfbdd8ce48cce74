package org.inclusio.consultation;

import org.inclusio.beneficiary.CaseFileId;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** Which consultations a list shows; every field left {@code null} does not filter. Dates are inclusive. */
public record ConsultationFilter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable ConsultationType type,
                                 @Nullable ConsultationPurpose purpose, @Nullable TopicId topic,
                                 @Nullable CaseFileId caseFile, @Nullable String language, @Nullable Channel channel,
                                 @Nullable UUID practice) {

    public static final ConsultationFilter NONE = new ConsultationFilter(null, null, null, null, null, null, null, null,
            null);
}
