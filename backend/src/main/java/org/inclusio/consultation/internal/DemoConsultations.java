package org.inclusio.consultation.internal;

import org.inclusio.beneficiary.AgeBand;
import org.inclusio.beneficiary.CaseFileId;
import org.inclusio.beneficiary.CaseFileSearch;
import org.inclusio.beneficiary.CaseFileService;
import org.inclusio.beneficiary.CaseFileSummary;
import org.inclusio.beneficiary.ConsentPurpose;
import org.inclusio.beneficiary.Gender;
import org.inclusio.consultation.Accommodation;
import org.inclusio.consultation.Channel;
import org.inclusio.consultation.Consultation;
import org.inclusio.consultation.ConsultationFilter;
import org.inclusio.consultation.ConsultationPurpose;
import org.inclusio.consultation.ConsultationService;
import org.inclusio.consultation.ConsultationType;
import org.inclusio.consultation.Headcount;
import org.inclusio.consultation.LogConsultation;
import org.inclusio.consultation.PartnerDetails;
import org.inclusio.consultation.PartnerKind;
import org.inclusio.consultation.PartnerService;
import org.inclusio.consultation.ReceivingSocietyCounts;
import org.inclusio.consultation.ReferralStatus;
import org.inclusio.consultation.StakeholderCount;
import org.inclusio.consultation.StakeholderType;
import org.inclusio.consultation.Topic;
import org.inclusio.consultation.TopicId;
import org.inclusio.consultation.TopicService;
import org.inclusio.identity.Colleagues;
import org.inclusio.practice.PracticeService;
import org.inclusio.practice.PracticeSummary;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.shared.security.Role;
import org.inclusio.shared.security.SystemWork;
import org.inclusio.tenant.Organisation;
import org.inclusio.tenant.OrganisationDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Demo consultations, follow-ups, partners and referrals, so that a newcomer sees a living system: {@code demo-city}
 * gets about 300 consultations over the last twelve months (individual ones with its demo case files, group
 * sessions, focus groups and round tables with headcounts, several languages, interpreters, participatory purposes),
 * follow-ups for {@code city-caseworker} (some overdue, some done) and referrals in every status; {@code demo-aid} a
 * handful. Runs after the demo case files; an organisation that already has consultations is left alone. The same
 * seed gives the same mix on every fresh start.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "inclusio.demo-data.enabled", havingValue = "true")
class DemoConsultations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoConsultations.class);
    private static final long SEED = 20_260_301L;

    /** How much one organisation gets. */
    private record Plan(String slug, int individual, int group, String caseworker, List<String> languages,
                        List<PartnerDetails> partners, String partnerOrganisationSlug, int followUps,
                        int referrals) {
    }

    private final OrganisationDirectory organisations;
    private final ConsultationService consultations;
    private final TopicService topics;
    private final PartnerService partners;
    private final CaseFileService caseFiles;
    private final Colleagues colleagues;
    private final FollowUpRepository followUps;
    private final ReferralRepository referrals;
    private final TransactionTemplate transaction;
    private final PracticeService practices;
    private final Clock clock;

    DemoConsultations(OrganisationDirectory organisations, ConsultationService consultations, TopicService topics,
                      PartnerService partners, CaseFileService caseFiles, Colleagues colleagues,
                      FollowUpRepository followUps, ReferralRepository referrals, PracticeService practices,
                      PlatformTransactionManager transactions, Clock clock) {
        this.organisations = organisations;
        this.consultations = consultations;
        this.topics = topics;
        this.partners = partners;
        this.caseFiles = caseFiles;
        this.colleagues = colleagues;
        this.followUps = followUps;
        this.referrals = referrals;
        this.practices = practices;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed(new Plan("demo-city", 180, 120, "city-caseworker", List.of("cs", "uk", "ar", "fa", "ru", "en", "ti",
                "es", "vi"), List.of(
                partner("Regional Labour Office", PartnerKind.PUBLIC_AUTHORITY, "prace@example.org",
                        "+420 950 100 100"),
                partner("City Hospital Social Department", PartnerKind.HEALTH_SERVICE, "social@hospital.example.org",
                        "+420 950 200 200"),
                partner("Language School Babel", PartnerKind.EDUCATION_PROVIDER, "info@babel.example.org", null),
                partner("Legal Aid Clinic", PartnerKind.LEGAL_AID, "help@legalaid.example.org", "+420 950 300 300"),
                partner("Ukrainian Community Centre", PartnerKind.MIGRANT_ASSOCIATION, "hello@ucc.example.org", null),
                partner("Housing Cooperative Domov", PartnerKind.NGO, null, "+420 950 400 400")),
                "demo-aid", 24, 16));
        seed(new Plan("demo-aid", 8, 4, "aid-caseworker", List.of("en", "fa", "ps", "cs"), List.of(
                partner("Psychosocial Support Network", PartnerKind.NGO, "care@psn.example.org", null),
                partner("Refugee Women's Association", PartnerKind.MIGRANT_ASSOCIATION, null, "+420 950 500 500")),
                "demo-city", 4, 3));
    }

    private static PartnerDetails partner(String name, PartnerKind kind, @Nullable String email,
                                          @Nullable String phone) {
        return new PartnerDetails(name, kind, email, phone, null);
    }

    private void seed(Plan plan) {
        var organisation = organisations.findBySlug(plan.slug()).orElse(null);
        if (organisation == null) {
            return;
        }
        SystemWork.callIn("demo-data", organisation.id().value(), Set.of(Role.CASEWORKER, Role.MANAGER),
                () -> transaction.execute(status -> {
                    if (!consultations.list(ConsultationFilter.NONE, null, 1).items().isEmpty()) {
                        return null;
                    }
                    new Seeder(plan, organisation).seed();
                    return null;
                }));
    }

    /** One organisation's demo data, in one transaction, from one random sequence. */
    private final class Seeder {

        private final Plan plan;
        private final Organisation organisation;
        private final Random random = new Random(SEED);
        private final LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);

        Seeder(Plan plan, Organisation organisation) {
            this.plan = plan;
            this.organisation = organisation;
        }

        void seed() {
            var partnerIds = new ArrayList<UUID>();
            plan.partners().forEach(details -> partnerIds.add(partners.create(details).id().value()));
            organisations.findBySlug(plan.partnerOrganisationSlug()).ifPresent(other -> partnerIds.add(partners.create(
                    new PartnerDetails(other.name(), PartnerKind.NGO, null, null, other.id())).id().value()));
            List<TopicId> topicIds = topics.list().stream().map(Topic::id).toList();
            List<CaseFileSummary> people = caseFilesOf();
            var practice = practices.choices().stream().findFirst().orElse(null);

            var individual = new ArrayList<Consultation>();
            if (!people.isEmpty()) {
                for (int i = 0; i < plan.individual(); i++) {
                    individual.add(consultations.log(inPractice(individual(people, topicIds), practice, i)));
                }
            }
            for (int i = 0; i < plan.group(); i++) {
                consultations.log(inPractice(group(people, topicIds), practice, i));
            }
            seedFollowUps(individual);
            seedReferrals(people, partnerIds);
            log.info("Demo consultations ready for {}: {} individual, {} group", organisation.slug(),
                    individual.size(), plan.group());
        }

        /** Two of every three consultations held since the practice started belong to it. */
        private LogConsultation inPractice(LogConsultation consultation, @Nullable PracticeSummary practice, int n) {
            return practice != null && n % 3 != 0 && !consultation.heldOn().isBefore(practice.startsOn())
                    ? consultation.withPractice(practice.id().value()) : consultation;
        }

        private List<CaseFileSummary> caseFilesOf() {
            var all = new ArrayList<CaseFileSummary>();
            String cursor = null;
            do {
                var page = caseFiles.search(CaseFileSearch.ALL, cursor, 100);
                all.addAll(page.items());
                cursor = page.nextCursor();
            } while (cursor != null);
            return all;
        }

        private LogConsultation individual(List<CaseFileSummary> people, List<TopicId> topicIds) {
            var person = people.get(random.nextInt(people.size()));
            String language = person.preferredLanguage() != null ? person.preferredLanguage()
                    : person.languages().isEmpty() ? "cs" : person.languages().getFirst();
            ConsultationType type = pick(ConsultationType.INDIVIDUAL_COUNSELLING, 60,
                    ConsultationType.ACCOMPANIMENT, 25, ConsultationType.INTERPRETATION_MEDIATION, 15);
            Channel channel = type == ConsultationType.ACCOMPANIMENT ? Channel.IN_PERSON
                    : pick(Channel.IN_PERSON, 60, Channel.PHONE, 25, Channel.VIDEO, 10, Channel.ONLINE_MESSAGE, 5);
            boolean interpreter = !language.equals("cs") && (type == ConsultationType.INTERPRETATION_MEDIATION
                    || random.nextInt(100) < 45);
            return new LogConsultation(type, random.nextInt(100) < 15 ? ConsultationPurpose.NEEDS_ASSESSMENT
                    : ConsultationPurpose.SERVICE_DELIVERY, day(), time(), 30 + 15 * random.nextInt(5), channel,
                    channel == Channel.IN_PERSON ? pickOf("Office, room 2", "Office, room 5", "Foreigners' police",
                            "Labour office", "City hospital") : null,
                    language, interpreter, random.nextInt(100) < 30, topics(topicIds, 1 + random.nextInt(2)),
                    Set.of(person.id()), List.of(), ReceivingSocietyCounts.NONE, List.of(),
                    random.nextInt(100) < 20 ? "Situation discussed in confidence; see the case file." : null,
                    random.nextInt(100) < 60 ? pickOf("Documents checked and completed", "Appointment arranged",
                            "Information given", "Application submitted", "Referred on") : null,
                    interpreter ? Set.of(Accommodation.INTERPRETATION) : Set.of(), null, null);
        }

        private LogConsultation group(List<CaseFileSummary> people, List<TopicId> topicIds) {
            ConsultationType type = pick(ConsultationType.INFORMATION_SESSION, 30, ConsultationType.GROUP_SESSION, 25,
                    ConsultationType.FOCUS_GROUP, 20, ConsultationType.ROUND_TABLE, 10, ConsultationType.OUTREACH, 15);
            ConsultationPurpose purpose = switch (type) {
                case FOCUS_GROUP -> pick(ConsultationPurpose.CO_DESIGN, 30, ConsultationPurpose.MONITORING_FEEDBACK,
                        30, ConsultationPurpose.EVALUATION, 20, ConsultationPurpose.NEEDS_ASSESSMENT, 20);
                case ROUND_TABLE -> pick(ConsultationPurpose.CO_DESIGN, 50, ConsultationPurpose.NEEDS_ASSESSMENT, 30,
                        ConsultationPurpose.EVALUATION, 20);
                case OUTREACH -> pick(ConsultationPurpose.SERVICE_DELIVERY, 70, ConsultationPurpose.NEEDS_ASSESSMENT,
                        30);
                case GROUP_SESSION -> pick(ConsultationPurpose.SERVICE_DELIVERY, 70,
                        ConsultationPurpose.MONITORING_FEEDBACK, 30);
                default -> ConsultationPurpose.SERVICE_DELIVERY;
            };
            Channel channel = type == ConsultationType.OUTREACH ? Channel.FIELD_OUTREACH
                    : random.nextInt(100) < 85 ? Channel.IN_PERSON : Channel.VIDEO;
            String language = plan.languages().get(random.nextInt(plan.languages().size()));
            boolean interpreter = !language.equals("cs") && random.nextInt(100) < 60;
            var registered = new HashSet<CaseFileId>();
            for (int i = random.nextInt(4); i > 0 && !people.isEmpty(); i--) {
                registered.add(people.get(random.nextInt(people.size())).id());
            }
            boolean roundTable = type == ConsultationType.ROUND_TABLE;
            var accommodations = EnumSet.noneOf(Accommodation.class);
            if (interpreter) {
                accommodations.add(Accommodation.INTERPRETATION);
            }
            if (purpose.isParticipatory() && random.nextInt(100) < 60) {
                accommodations.add(Accommodation.CHILDCARE);
            }
            if (type == ConsultationType.FOCUS_GROUP && random.nextInt(100) < 70) {
                accommodations.add(Accommodation.COMPENSATION);
            }
            if (random.nextInt(100) < 25) {
                accommodations.add(pickOf(Accommodation.TRAVEL_REIMBURSEMENT, Accommodation.FLEXIBLE_HOURS,
                        Accommodation.ACCESSIBILITY_ADJUSTMENT));
            }
            return new LogConsultation(type, purpose, day(), time(), 60 + 30 * random.nextInt(5), channel,
                    channel == Channel.VIDEO ? null : pickOf("Community centre", "Town hall", "Library",
                            "Market square", "Ukrainian Community Centre", "School gym"),
                    language, interpreter, random.nextInt(100) < 50, topics(topicIds, 1 + random.nextInt(3)),
                    registered, roundTable ? headcount(2, 4) : headcount(3, 7),
                    roundTable || purpose.isParticipatory()
                            ? new ReceivingSocietyCounts(random.nextInt(6), random.nextInt(roundTable ? 10 : 3),
                            random.nextInt(4))
                            : new ReceivingSocietyCounts(0, 0, random.nextInt(3)),
                    roundTable ? stakeholders() : List.of(), null,
                    purpose.isParticipatory() ? pickOf("Participants proposed evening opening hours",
                            "Feedback collected on the intake process", "Priorities for next year agreed",
                            "Barriers to language courses listed") : null,
                    accommodations, accommodations.contains(Accommodation.COMPENSATION)
                            ? BigDecimal.valueOf(100L * (2 + random.nextInt(4))) : null, null);
        }

        private List<Headcount> headcount(int minimumCells, int maximumCells) {
            var cells = new ArrayList<Headcount>();
            var used = new HashSet<String>();
            int wanted = minimumCells + random.nextInt(maximumCells - minimumCells + 1);
            while (cells.size() < wanted) {
                Gender gender = pick(Gender.FEMALE, 50, Gender.MALE, 40, Gender.NON_BINARY_OR_OTHER, 3,
                        Gender.NOT_STATED, 7);
                AgeBand band = pick(AgeBand.UNDER_18, 8, AgeBand.AGE_18_24, 17, AgeBand.AGE_25_34, 30,
                        AgeBand.AGE_35_49, 28, AgeBand.AGE_50_64, 12, AgeBand.AGE_65_PLUS, 5);
                if (used.add(gender + "/" + band)) {
                    cells.add(new Headcount(gender, band, 1 + random.nextInt(6)));
                }
            }
            return cells;
        }

        /** 10 to 40 people from every kind of stakeholder. */
        private List<StakeholderCount> stakeholders() {
            var counts = new ArrayList<StakeholderCount>();
            for (StakeholderType type : StakeholderType.values()) {
                counts.add(new StakeholderCount(type, 2 + random.nextInt(9)));
            }
            return counts;
        }

        private void seedFollowUps(List<Consultation> individual) {
            var assignee = colleagues.activeWithAnyRole(Set.of(Role.CASEWORKER)).stream()
                    .filter(colleague -> colleague.username().equals(plan.caseworker())).findFirst().orElse(null);
            if (assignee == null || individual.isEmpty()) {
                return;
            }
            var now = StoredTime.now(clock);
            String[] tasks = {"Call the labour office about the application", "Send the school enrolment form",
                    "Book an interpreter for the next appointment", "Check the status of the residence permit",
                    "Ask the landlord about the deposit", "Prepare documents for the benefits office",
                    "Follow up on the language course place", "Arrange a doctor's appointment"};
            for (int i = 0; i < plan.followUps(); i++) {
                var consultation = individual.get(random.nextInt(individual.size()));
                // a third overdue, a third done, a third still to come
                LocalDate due = switch (i % 3) {
                    case 0 -> today.minusDays(1 + random.nextInt(20));
                    case 1 -> consultation.heldOn().plusDays(3 + random.nextInt(10));
                    default -> today.plusDays(1 + random.nextInt(21));
                };
                var followUp = new FollowUpEntity(tasks[random.nextInt(tasks.length)], assignee.id().value(), due,
                        consultation.id().value(), consultation.caseFiles().getFirst().id().value(),
                        consultation.recordedBy(), now);
                if (i % 3 == 1) {
                    followUp.complete(now.minusSeconds(86_400L * (1 + random.nextInt(30))));
                }
                followUps.save(followUp);
            }
        }

        private void seedReferrals(List<CaseFileSummary> people, List<UUID> partnerIds) {
            var consenting = people.stream()
                    .filter(person -> person.consentsInForce().contains(ConsentPurpose.REFERRAL_TO_PARTNERS)).toList();
            if (consenting.isEmpty() || partnerIds.isEmpty()) {
                return;
            }
            var now = StoredTime.now(clock);
            String[] reasons = {"Legal advice on family reunification", "Job placement and CV support",
                    "Psychosocial support", "Housing search", "Recognition of a nursing diploma",
                    "Czech course for beginners"};
            ReferralStatus[] next = {ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED,
                    ReferralStatus.DECLINED};
            for (int i = 0; i < plan.referrals(); i++) {
                var person = consenting.get(random.nextInt(consenting.size()));
                LocalDate sent = today.minusDays(5 + random.nextInt(200));
                var partner = partnerIds.get(random.nextInt(partnerIds.size()));
                var referral = new ReferralEntity(person.id().value(), partner, reasons[random.nextInt(reasons.length)],
                        sent, CurrentActor.require().id(), now);
                switch (next[i % next.length]) {
                    case ACCEPTED -> referral.changeStatus(ReferralStatus.ACCEPTED, sent.plusDays(2), now);
                    case COMPLETED -> {
                        referral.changeStatus(ReferralStatus.ACCEPTED, sent.plusDays(2), now);
                        referral.changeStatus(ReferralStatus.COMPLETED, sent.plusDays(20), now);
                    }
                    case DECLINED -> referral.changeStatus(ReferralStatus.DECLINED, sent.plusDays(3), now);
                    case SENT -> { }
                }
                referrals.save(referral);
            }
        }

        /** A day of the last twelve months, more of them recent. */
        private LocalDate day() {
            int daysAgo = (int) Math.floor(Math.pow(random.nextDouble(), 1.4) * 364);
            return today.minusDays(daysAgo);
        }

        private LocalTime time() {
            return LocalTime.of(8 + random.nextInt(9), random.nextBoolean() ? 0 : 30);
        }

        private Set<TopicId> topics(List<TopicId> topicIds, int count) {
            var chosen = new HashSet<TopicId>();
            while (chosen.size() < Math.min(count, topicIds.size())) {
                chosen.add(topicIds.get(random.nextInt(topicIds.size())));
            }
            return chosen;
        }

        @SafeVarargs
        private <T> T pickOf(T... values) {
            return values[random.nextInt(values.length)];
        }

        /** {@code value, weight, value, weight, …} */
        @SuppressWarnings("unchecked")
        private <T> T pick(Object... valuesAndWeights) {
            int total = 0;
            for (int i = 1; i < valuesAndWeights.length; i += 2) {
                total += (Integer) valuesAndWeights[i];
            }
            int roll = random.nextInt(total);
            for (int i = 0; i < valuesAndWeights.length; i += 2) {
                roll -= (Integer) valuesAndWeights[i + 1];
                if (roll < 0) {
                    return (T) valuesAndWeights[i];
                }
            }
            throw new IllegalStateException("weights");
        }
    }
}
