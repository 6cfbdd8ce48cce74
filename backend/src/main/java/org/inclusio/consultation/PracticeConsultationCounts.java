package org.inclusio.consultation;

/**
 * What a practice's consultations in a period add up to: counts only.
 *
 * @param consultations              individual and group consultations held
 * @param participatoryConsultations those held to consult people on the service (see {@link ConsultationPurpose})
 * @param beneficiariesServed        distinct case files the consultations were about or registered as participants
 * @param peopleTrained              civil servants and volunteers at information and group sessions
 * @param referralsMade              referrals sent in the period for the case files served
 * @param withCompensation           consultations whose participants were compensated
 */
public record PracticeConsultationCounts(long consultations, long participatoryConsultations,
                                         long beneficiariesServed, long peopleTrained, long referralsMade,
                                         long withCompensation) {
}
