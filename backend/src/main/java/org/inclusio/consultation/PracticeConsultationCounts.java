package org.inclusio.consultation;

/**
 * What a practice's consultations in a period add up to: counts only.
 *
 * @param consultations                  individual and group consultations held
 * @param participatoryConsultations     those held to consult people on the service (see {@link ConsultationPurpose})
 * @param beneficiariesServed            distinct case files the consultations were about or registered as participants
 * @param peopleTrained                  civil servants and volunteers at information and group sessions
 * @param referralsMade                  referrals sent in the period for the case files served
 * @param withCompensation               participatory consultations whose participants were compensated
 * @param withAccommodations             consultations with any accommodation (childcare, interpretation, travel, …)
 * @param withInterpretation             consultations with an interpreter or intercultural worker present
 * @param languages                      distinct languages consultations were held in
 * @param receivingSocietyParticipants   residents, civil servants and volunteers at group consultations
 * @param participatoryParticipants      anonymous participants of participatory consultations
 * @param participatoryWomen             of those, women
 * @param participatoryAgeBands          distinct age bands (of the six known) among those participants
 * @param quartersWithParticipatory      calendar quarters of the period with at least one participatory consultation
 */
public record PracticeConsultationCounts(long consultations, long participatoryConsultations,
                                         long beneficiariesServed, long peopleTrained, long referralsMade,
                                         long withCompensation, long withAccommodations, long withInterpretation,
                                         long languages, long receivingSocietyParticipants,
                                         long participatoryParticipants, long participatoryWomen,
                                         long participatoryAgeBands, long quartersWithParticipatory) {
}
