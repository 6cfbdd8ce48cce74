package org.inclusio.beneficiary.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.envers.AuditTable;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import org.inclusio.beneficiary.AgeBand;
import org.inclusio.beneficiary.CaseFileDetails;
import org.inclusio.beneficiary.CaseFileStatus;
import org.inclusio.beneficiary.ClosingReason;
import org.inclusio.beneficiary.Consent;
import org.inclusio.beneficiary.ConsentPurpose;
import org.inclusio.beneficiary.Gender;
import org.inclusio.beneficiary.Vulnerability;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A case file row. Special-category data is only ever here as ciphertext ({@code sealedData}, sealed by the
 * service with the tenant and this id as associated data); every version is kept by Envers in
 * {@code case_file_aud}, ciphertext included and nothing else of it.
 */
@Entity
@Table(name = "case_file")
@Audited
@AuditTable("case_file_aud")
class CaseFileEntity {

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Id
    private UUID id;
    @Column(name = "case_number")
    private String caseNumber;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "full_name")
    private @Nullable String fullName;
    private @Nullable String phone;
    private @Nullable String email;
    @Column(name = "birth_year")
    private @Nullable Integer birthYear;
    @Enumerated(EnumType.STRING)
    @Column(name = "age_band")
    private AgeBand ageBand;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] nationalities;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] languages;
    @Column(name = "preferred_language")
    private @Nullable String preferredLanguage;
    @Column(name = "arrival_date")
    private @Nullable LocalDate arrivalDate;
    @Column(name = "household_size")
    private @Nullable Integer householdSize;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] vulnerabilities;
    @Column(name = "sealed_data")
    private byte @Nullable [] sealedData;
    @Column(name = "sealed_key_id")
    private @Nullable String sealedKeyId;
    @Column(name = "assigned_user_id")
    private @Nullable UUID assignedUserId;
    @Enumerated(EnumType.STRING)
    private CaseFileStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "closing_reason")
    private @Nullable ClosingReason closingReason;
    @Column(name = "closed_on")
    private @Nullable LocalDate closedOn;
    @Column(name = "consent_case_work_on")
    private @Nullable LocalDate consentCaseWorkOn;
    @Column(name = "consent_case_work_withdrawn_on")
    private @Nullable LocalDate consentCaseWorkWithdrawnOn;
    @Column(name = "consent_statistics_on")
    private @Nullable LocalDate consentStatisticsOn;
    @Column(name = "consent_statistics_withdrawn_on")
    private @Nullable LocalDate consentStatisticsWithdrawnOn;
    @Column(name = "consent_referral_on")
    private @Nullable LocalDate consentReferralOn;
    @Column(name = "consent_referral_withdrawn_on")
    private @Nullable LocalDate consentReferralWithdrawnOn;
    @NotAudited
    @Column(name = "created_at")
    private Instant createdAt;
    @NotAudited
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "anonymised_at")
    private @Nullable Instant anonymisedAt;
    @Version
    private long version;

    protected CaseFileEntity() {
    }

    CaseFileEntity(UUID id, String caseNumber, Instant now) {
        this.id = id;
        this.caseNumber = caseNumber;
        this.status = CaseFileStatus.OPEN;
        this.createdAt = now;
        this.updatedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    long version() {
        return version;
    }

    String caseNumber() {
        return caseNumber;
    }

    String displayName() {
        return displayName;
    }

    @Nullable String fullName() {
        return fullName;
    }

    @Nullable String phone() {
        return phone;
    }

    @Nullable String email() {
        return email;
    }

    @Nullable Integer birthYear() {
        return birthYear;
    }

    AgeBand ageBand() {
        return ageBand;
    }

    Gender gender() {
        return gender;
    }

    List<String> nationalities() {
        return List.of(nationalities);
    }

    List<String> languages() {
        return List.of(languages);
    }

    @Nullable String preferredLanguage() {
        return preferredLanguage;
    }

    @Nullable LocalDate arrivalDate() {
        return arrivalDate;
    }

    @Nullable Integer householdSize() {
        return householdSize;
    }

    Set<Vulnerability> vulnerabilities() {
        var set = EnumSet.noneOf(Vulnerability.class);
        Arrays.stream(vulnerabilities).map(Vulnerability::valueOf).forEach(set::add);
        return set;
    }

    byte @Nullable [] sealedData() {
        return sealedData;
    }

    @Nullable String sealedKeyId() {
        return sealedKeyId;
    }

    @Nullable UUID assignedUserId() {
        return assignedUserId;
    }

    CaseFileStatus status() {
        return status;
    }

    @Nullable ClosingReason closingReason() {
        return closingReason;
    }

    @Nullable LocalDate closedOn() {
        return closedOn;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    @Nullable Instant anonymisedAt() {
        return anonymisedAt;
    }

    /**
     * Every field of the details except the special-category data, which the service seals separately. Does not
     * {@link #touch} the file: an edit that changes nothing leaves its version and time alone.
     */
    void describe(CaseFileDetails details, Year thisYear) {
        displayName = details.displayName().strip();
        fullName = blankToNull(details.fullName());
        phone = blankToNull(details.phone());
        email = blankToNull(details.email());
        birthYear = details.birthYear();
        ageBand = birthYear != null ? AgeBand.of(birthYear, thisYear)
                : Objects.requireNonNullElse(details.ageBand(), AgeBand.NOT_STATED);
        gender = details.gender();
        nationalities = details.nationalities().toArray(String[]::new);
        languages = details.languages().toArray(String[]::new);
        preferredLanguage = details.preferredLanguage();
        arrivalDate = details.arrivalDate();
        householdSize = details.householdSize();
        vulnerabilities = details.vulnerabilities().stream().sorted().map(Vulnerability::name)
                .toArray(String[]::new);
        assignedUserId = details.assignedCaseworker() == null ? null : details.assignedCaseworker().value();
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    /** @param keyId {@code null} together with {@code ciphertext} when there is no special-category data */
    void seal(@Nullable String keyId, byte @Nullable [] ciphertext) {
        sealedKeyId = keyId;
        sealedData = ciphertext;
    }

    /** @return whether the status changed */
    boolean close(ClosingReason reason, LocalDate today, Instant now) {
        if (status == CaseFileStatus.CLOSED) {
            return false;
        }
        status = CaseFileStatus.CLOSED;
        closingReason = reason;
        closedOn = today;
        updatedAt = now;
        return true;
    }

    /** @return whether the status changed */
    boolean reopen(Instant now) {
        if (status == CaseFileStatus.OPEN) {
            return false;
        }
        status = CaseFileStatus.OPEN;
        closingReason = null;
        closedOn = null;
        updatedAt = now;
        return true;
    }

    List<Consent> consents() {
        return List.of(new Consent(ConsentPurpose.CASE_WORK, consentCaseWorkOn, consentCaseWorkWithdrawnOn),
                new Consent(ConsentPurpose.EVALUATION_AND_STATISTICS, consentStatisticsOn,
                        consentStatisticsWithdrawnOn),
                new Consent(ConsentPurpose.REFERRAL_TO_PARTNERS, consentReferralOn, consentReferralWithdrawnOn));
    }

    Consent consent(ConsentPurpose purpose) {
        return consents().stream().filter(consent -> consent.purpose() == purpose).findFirst().orElseThrow();
    }

    void recordConsent(Consent consent, Instant now) {
        switch (consent.purpose()) {
            case CASE_WORK -> {
                consentCaseWorkOn = consent.givenOn();
                consentCaseWorkWithdrawnOn = consent.withdrawnOn();
            }
            case EVALUATION_AND_STATISTICS -> {
                consentStatisticsOn = consent.givenOn();
                consentStatisticsWithdrawnOn = consent.withdrawnOn();
            }
            case REFERRAL_TO_PARTNERS -> {
                consentReferralOn = consent.givenOn();
                consentReferralWithdrawnOn = consent.withdrawnOn();
            }
        }
        updatedAt = now;
    }

    /**
     * The audited fields by their name in the API, for the history's list of changed fields. Special-category data
     * is one entry, compared as ciphertext: the history never needs to open it.
     */
    Map<String, Object> auditedFields() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("displayName", displayName);
        fields.put("fullName", fullName);
        fields.put("phone", phone);
        fields.put("email", email);
        fields.put("birthYear", birthYear);
        fields.put("ageBand", ageBand);
        fields.put("gender", gender);
        fields.put("nationalities", nationalities == null ? null : List.of(nationalities));
        fields.put("languages", languages == null ? null : List.of(languages));
        fields.put("preferredLanguage", preferredLanguage);
        fields.put("arrivalDate", arrivalDate);
        fields.put("householdSize", householdSize);
        fields.put("vulnerabilities", vulnerabilities == null ? null : List.of(vulnerabilities));
        fields.put("specialCategory", sealedData == null ? null : HexFormat.of().formatHex(sealedData));
        fields.put("assignedCaseworker", assignedUserId);
        fields.put("status", status);
        fields.put("closingReason", closingReason);
        fields.put("consents", consents());
        fields.put("anonymisedAt", anonymisedAt);
        return fields;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
