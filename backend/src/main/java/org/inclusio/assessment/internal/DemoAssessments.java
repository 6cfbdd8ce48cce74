package org.inclusio.assessment.internal;

import org.inclusio.assessment.ActionTaken;
import org.inclusio.assessment.AssessmentMethod;
import org.inclusio.assessment.Barrier;
import org.inclusio.assessment.Capacities;
import org.inclusio.assessment.EducationLevel;
import org.inclusio.assessment.Finding;
import org.inclusio.assessment.FindingKind;
import org.inclusio.assessment.GoalEntry;
import org.inclusio.assessment.GoalStatus;
import org.inclusio.assessment.NeedDomain;
import org.inclusio.assessment.NeedDomainId;
import org.inclusio.assessment.NeedEntry;
import org.inclusio.assessment.NeedLevel;
import org.inclusio.assessment.NeedStatus;
import org.inclusio.assessment.NeedsAssessmentFilter;
import org.inclusio.assessment.NeedsAssessmentService;
import org.inclusio.assessment.ParticipantCount;
import org.inclusio.assessment.ParticipantGroup;
import org.inclusio.assessment.ParticipatoryAssessmentService;
import org.inclusio.assessment.ParticipatoryMethod;
import org.inclusio.assessment.Priority;
import org.inclusio.assessment.RecordNeedsAssessment;
import org.inclusio.assessment.RecordParticipatoryAssessment;
import org.inclusio.beneficiary.AgeBand;
import org.inclusio.beneficiary.CaseFileSearch;
import org.inclusio.beneficiary.CaseFileService;
import org.inclusio.beneficiary.CaseFileStatus;
import org.inclusio.beneficiary.CaseFileSummary;
import org.inclusio.beneficiary.Gender;
import org.inclusio.consultation.ConsultationFilter;
import org.inclusio.consultation.ConsultationId;
import org.inclusio.consultation.ConsultationService;
import org.inclusio.consultation.ConsultationSummary;
import org.inclusio.consultation.ConsultationType;
import org.inclusio.consultation.Headcount;
import org.inclusio.practice.PracticeService;
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

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Demo needs assessments: about 70 % of each demo organisation's open case files are assessed, half of them
 * reassessed later with most needs better and some worse; some reassessments are overdue, some due soon; a few people
 * have health, mental health or safety needs (sealed). {@code demo-city} also gets the participatory assessment of
 * the pilot in seed 003 (desk research, focus groups with migrants, two round tables with 40 stakeholders) with its
 * findings and the actions taken, and {@code demo-aid} a smaller one. Runs after the demo consultations; an
 * organisation that already has assessments is left alone.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "inclusio.demo-data.enabled", havingValue = "true")
class DemoAssessments implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAssessments.class);
    private static final long SEED = 20_261_010L;

    private static final Map<String, List<String>> DESCRIPTIONS = Map.ofEntries(
            Map.entry("RESIDENCE_AND_DOCUMENTS", List.of("Residence permit expires in three months; renewal not yet"
                    + " filed.", "Birth certificate of the youngest child missing for the application.",
                    "Waiting for the decision on temporary protection extension.")),
            Map.entry("EMPLOYMENT", List.of("Looking for work; has experience in construction but no local references.",
                    "Works night shifts without a written contract.", "Would like a job matching her accounting"
                            + " degree.")),
            Map.entry("EDUCATION", List.of("Two children not yet enrolled in school.", "Wants to finish secondary"
                    + " school through evening classes.")),
            Map.entry("LANGUAGE_LEARNING", List.of("Speaks no Czech yet; course at A1 level wanted.",
                    "Attends a course but cannot go during working hours.", "Kurz češtiny A2 by jí pomohl v práci.")),
            Map.entry("HOUSING", List.of("Family of five in a one-room hostel flat.", "Landlord refuses to register"
                    + " the address.", "Rent takes more than half of the income.")),
            Map.entry("HEALTH", List.of("Diabetes; no general practitioner registered yet.", "Pregnant, no antenatal"
                    + " care so far.")),
            Map.entry("MENTAL_HEALTH", List.of("Sleeps badly since the flight; would accept counselling in Farsi.",
                    "Signs of exhaustion; talked about isolation.")),
            Map.entry("SOCIAL_BENEFITS", List.of("Entitled to housing allowance but has not applied.",
                    "Child benefit stopped after the address change.")),
            Map.entry("FAMILY_AND_CHILDCARE", List.of("No childcare for the two-year-old during the course.",
                    "Family reunification for the husband is pending.")),
            Map.entry("QUALIFICATION_RECOGNITION", List.of("Nursing diploma from Kharkiv to be recognised.",
                    "Engineering degree: nostrification papers incomplete.")),
            Map.entry("CIVIC_PARTICIPATION", List.of("Interested in the parents' council of the school.")),
            Map.entry("DISCRIMINATION", List.of("Refused at two flat viewings after giving her name.")),
            Map.entry("SAFETY", List.of("Threatened by the former employer; wants to know her options.")));

    private static final List<String> GOALS = List.of("Renew the residence permit before it expires",
            "Enrol in a Czech course (A1) by the end of the month", "Find work matching the qualification",
            "Register with a general practitioner", "Apply for the housing allowance", "Enrol the children in school",
            "Submit the diploma for recognition", "Find a larger flat with a registered address");

    private record Plan(String slug, List<String> workingLanguages) {
    }

    private final OrganisationDirectory organisations;
    private final NeedsAssessmentService assessments;
    private final ParticipatoryAssessmentService communityAssessments;
    private final CaseFileService caseFiles;
    private final ConsultationService consultations;
    private final PracticeService practices;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoAssessments(OrganisationDirectory organisations, NeedsAssessmentService assessments,
                    ParticipatoryAssessmentService communityAssessments, CaseFileService caseFiles,
                    ConsultationService consultations, PracticeService practices,
                    PlatformTransactionManager transactions, Clock clock) {
        this.organisations = organisations;
        this.assessments = assessments;
        this.communityAssessments = communityAssessments;
        this.caseFiles = caseFiles;
        this.consultations = consultations;
        this.practices = practices;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed(new Plan("demo-city", List.of("cs", "en")));
        seed(new Plan("demo-aid", List.of("en")));
    }

    private void seed(Plan plan) {
        var organisation = organisations.findBySlug(plan.slug()).orElse(null);
        if (organisation == null) {
            return;
        }
        SystemWork.callIn("demo-data", organisation.id().value(), Set.of(Role.CASEWORKER, Role.MANAGER),
                () -> transaction.execute(status -> {
                    if (!assessments.list(NeedsAssessmentFilter.NONE, null, 1).items().isEmpty()) {
                        return null;
                    }
                    new Seeder(plan, organisation).seed();
                    return null;
                }));
    }

    /** One organisation's demo assessments, in one transaction, from one random sequence. */
    private final class Seeder {

        private final Plan plan;
        private final Organisation organisation;
        private final Random random = new Random(SEED);
        private final LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        private final Map<String, NeedDomainId> domains;

        Seeder(Plan plan, Organisation organisation) {
            this.plan = plan;
            this.organisation = organisation;
            this.domains = assessments.domains().stream()
                    .collect(Collectors.toMap(NeedDomain::code, NeedDomain::id));
        }

        void seed() {
            var open = openCaseFiles();
            int assessed = 0;
            int reassessed = 0;
            for (int i = 0; i < open.size(); i++) {
                if (i % 10 >= 7) {
                    continue;
                }
                var person = open.get(i);
                String language = person.preferredLanguage() != null ? person.preferredLanguage()
                        : plan.workingLanguages().getFirst();
                boolean reassess = random.nextBoolean();
                LocalDate first = today.minusDays(reassess ? 150 + random.nextInt(200) : 20 + random.nextInt(250));
                LocalDate reassessedOn = first.plusDays(60 + random.nextInt(80));
                if (reassessedOn.isAfter(today.minusDays(2))) {
                    reassessedOn = today.minusDays(2);
                }
                var needs = firstNeeds(i);
                LocalDate firstDue = reassess ? first.plusMonths(3)
                        : random.nextInt(3) == 0 ? today.minusDays(1 + random.nextInt(45)) : null;
                if (firstDue != null && !firstDue.isAfter(first)) {
                    firstDue = first.plusDays(1);
                }
                assessments.record(assessment(person, first, language, needs, firstDue, GoalStatus.AGREED));
                assessed++;
                if (reassess) {
                    LocalDate due = random.nextInt(4) == 0 ? today.minusDays(1 + random.nextInt(20))
                            : today.plusDays(10 + random.nextInt(150));
                    if (!due.isAfter(reassessedOn)) {
                        due = reassessedOn.plusDays(1);
                    }
                    assessments.record(assessment(person, reassessedOn, language, changed(needs), due,
                            GoalStatus.IN_PROGRESS));
                    reassessed++;
                }
            }
            seedCommunityAssessment();
            log.info("Demo needs assessments ready for {}: {} people assessed, {} reassessed", organisation.slug(),
                    assessed, reassessed);
        }

        private List<CaseFileSummary> openCaseFiles() {
            var all = new ArrayList<CaseFileSummary>();
            String cursor = null;
            do {
                var page = caseFiles.search(new CaseFileSearch(null, CaseFileStatus.OPEN, null, null, null), cursor,
                        100);
                all.addAll(page.items());
                cursor = page.nextCursor();
            } while (cursor != null);
            return all;
        }

        /** Three to five domains; every seventh person has a sensitive one. */
        private List<NeedEntry> firstNeeds(int person) {
            var codes = new LinkedHashSet<String>();
            codes.add(pickOf("RESIDENCE_AND_DOCUMENTS", "EMPLOYMENT", "LANGUAGE_LEARNING", "HOUSING"));
            while (codes.size() < 3 + random.nextInt(3)) {
                codes.add(pickOf("EMPLOYMENT", "EDUCATION", "LANGUAGE_LEARNING", "HOUSING", "SOCIAL_BENEFITS",
                        "FAMILY_AND_CHILDCARE", "QUALIFICATION_RECOGNITION", "CIVIC_PARTICIPATION",
                        "DISCRIMINATION"));
            }
            if (person % 7 == 0) {
                codes.add(pickOf("HEALTH", "MENTAL_HEALTH", "SAFETY"));
            }
            return codes.stream().map(code -> {
                NeedLevel level = pickOf(NeedLevel.MEDIUM, NeedLevel.HIGH, NeedLevel.HIGH, NeedLevel.URGENT,
                        NeedLevel.LOW);
                NeedStatus status = pickOf(NeedStatus.UNADDRESSED, NeedStatus.UNADDRESSED,
                        NeedStatus.BEING_ADDRESSED);
                return new NeedEntry(domains.get(code), level, description(code), status);
            }).toList();
        }

        /** Most needs ease and get addressed; about one in six gets worse. */
        private List<NeedEntry> changed(List<NeedEntry> needs) {
            return needs.stream().map(need -> {
                int roll = random.nextInt(6);
                if (roll == 0) {
                    NeedLevel worse = NeedLevel.values()[Math.min(NeedLevel.URGENT.ordinal(),
                            need.level().ordinal() + 1)];
                    return new NeedEntry(need.domain(), worse, need.description(), NeedStatus.UNADDRESSED);
                }
                if (roll == 1) {
                    return new NeedEntry(need.domain(), need.level(), need.description(), need.status());
                }
                NeedLevel better = NeedLevel.values()[Math.max(0, need.level().ordinal() - 1 - random.nextInt(2))];
                return new NeedEntry(need.domain(), better, need.description(),
                        better == NeedLevel.NONE || random.nextBoolean() ? NeedStatus.MET : NeedStatus.BEING_ADDRESSED);
            }).toList();
        }

        private RecordNeedsAssessment assessment(CaseFileSummary person, LocalDate on, String language,
                                                 List<NeedEntry> needs, @Nullable LocalDate due,
                                                 GoalStatus goalStatus) {
            var barriers = EnumSet.noneOf(Barrier.class);
            barriers.add(pickOf(Barrier.LANGUAGE, Barrier.LANGUAGE, Barrier.LACK_OF_INFORMATION, Barrier.DOCUMENTS));
            if (random.nextBoolean()) {
                barriers.add(pickOf(Barrier.COST, Barrier.CHILDCARE, Barrier.TRANSPORT, Barrier.DIGITAL_ACCESS,
                        Barrier.OPENING_HOURS, Barrier.DISCRIMINATION));
            }
            var capacities = new Capacities(pickOf(EducationLevel.SECONDARY, EducationLevel.VOCATIONAL,
                    EducationLevel.TERTIARY, EducationLevel.PRIMARY, EducationLevel.NOT_STATED),
                    List.copyOf(new LinkedHashSet<>(List.of(language, "en"))),
                    random.nextInt(6) == 0 ? null : pickOf("Six years as a nurse", "Bricklayer and tiler",
                            "Shop assistant", "Teacher of mathematics", "Truck driver"), random.nextInt(3) == 0 ? "University diploma (to be recognised)"
                    : null);
            var goals = new ArrayList<GoalEntry>();
            for (int i = 0; i < 1 + random.nextInt(2); i++) {
                var need = needs.get(random.nextInt(needs.size()));
                if (domains.get("HEALTH").equals(need.domain()) || domains.get("MENTAL_HEALTH").equals(need.domain())
                        || domains.get("SAFETY").equals(need.domain())) {
                    continue;
                }
                goals.add(new GoalEntry(pickOf(GOALS.toArray(String[]::new)), need.domain(),
                        on.plusDays(30 + random.nextInt(90)), goalStatus));
            }
            return new RecordNeedsAssessment(person.id(), on, random.nextInt(4) == 0 ? AssessmentMethod.SELF_ASSESSMENT
                    : AssessmentMethod.INTERVIEW, language, needs, barriers, null, capacities, goals, due, null);
        }

        private String description(String code) {
            var texts = DESCRIPTIONS.getOrDefault(code, List.of("Discussed; see the consultation notes."));
            return texts.get(random.nextInt(texts.size()));
        }

        /** The pilot of seed 003 in {@code demo-city}; a smaller community assessment in {@code demo-aid}. */
        private void seedCommunityAssessment() {
            var groupSessions = consultations.list(new ConsultationFilter(today.minusYears(1), today, null, null,
                    null, null, null, null, null), null, 200).items().stream()
                    .filter(consultation -> consultation.type() == ConsultationType.FOCUS_GROUP
                            || consultation.type() == ConsultationType.ROUND_TABLE)
                    .map(ConsultationSummary::id).limit(4).collect(Collectors.toSet());
            boolean city = organisation.slug().equals("demo-city");
            LocalDate from = today.minusMonths(city ? 9 : 4);
            var findings = city ? List.of(
                    finding(FindingKind.BARRIER, null, Priority.HIGH, "Migrants barely take part in local public life:"
                            + " language, orientation in the system, little awareness of the services and difficult"
                            + " communication with institutions.", new ActionTaken("Intercultural workers now accompany"
                            + " clients to the foreigners' police and the district office, in five languages.",
                            from.plusMonths(3))),
                    finding(FindingKind.SERVICE_GAP, "RESIDENCE_AND_DOCUMENTS", Priority.HIGH, "Nobody helps people"
                            + " communicate with the immigration authorities at the counter.", new ActionTaken(
                            "Assistance service at the immigration office, Tuesdays and Thursdays.",
                            from.plusMonths(4))),
                    finding(FindingKind.NEED, "LANGUAGE_LEARNING", Priority.MEDIUM, "Czech courses at times that fit"
                            + " shift work, with childcare.", null),
                    finding(FindingKind.RECOMMENDATION, null, Priority.MEDIUM, "Train local clerks in intercultural"
                            + " competences and give them a leaflet on the assistance service.", new ActionTaken(
                            "18 clerks of 3 public services trained; leaflet printed in 1,000 copies.",
                            from.plusMonths(6))),
                    finding(FindingKind.RECOMMENDATION, "CIVIC_PARTICIPATION", Priority.LOW, "Motivate the district"
                            + " authorities to develop concrete local integration arrangements.", null))
                    : List.of(
                    finding(FindingKind.NEED, "MENTAL_HEALTH", Priority.HIGH, "Psychosocial support in Farsi and"
                            + " Pashto is hard to find.", null),
                    finding(FindingKind.BARRIER, "FAMILY_AND_CHILDCARE", Priority.MEDIUM, "Mothers cannot attend"
                            + " sessions without childcare.", new ActionTaken("Childcare corner at every group"
                            + " session.", from.plusMonths(2))));
            communityAssessments.record(new RecordParticipatoryAssessment(
                    city ? "Stakeholder needs assessment, Prague 2 and 3" : "Listening sessions with Afghan families",
                    city ? "Desk research on integration practices of municipalities and NGOs, focus groups with"
                            + " migrants (gents' clubs, intercultural workers) and two round tables with 40"
                            + " stakeholders: authorities, migrant associations, NGOs, social services and local"
                            + " public institutions." : "Three evenings with families from the Kabul evacuation.",
                    practices.choices().stream().findFirst().map(practice -> practice.id().value()).orElse(null),
                    from, from.plusMonths(city ? 3 : 1),
                    city ? Set.of(ParticipatoryMethod.DESK_RESEARCH, ParticipatoryMethod.FOCUS_GROUP,
                            ParticipatoryMethod.STAKEHOLDER_ROUND_TABLE) : Set.of(ParticipatoryMethod.FOCUS_GROUP),
                    city ? List.of(new Headcount(Gender.FEMALE, AgeBand.AGE_25_34, 14),
                            new Headcount(Gender.FEMALE, AgeBand.AGE_35_49, 17),
                            new Headcount(Gender.MALE, AgeBand.AGE_25_34, 12),
                            new Headcount(Gender.MALE, AgeBand.AGE_35_49, 15),
                            new Headcount(Gender.MALE, AgeBand.AGE_50_64, 6),
                            new Headcount(Gender.FEMALE, AgeBand.AGE_50_64, 4))
                            : List.of(new Headcount(Gender.FEMALE, AgeBand.AGE_25_34, 9),
                            new Headcount(Gender.MALE, AgeBand.AGE_35_49, 6)),
                    city ? List.of(new ParticipantCount(ParticipantGroup.MIGRANTS, 28),
                            new ParticipantCount(ParticipantGroup.PUBLIC_AUTHORITIES, 14),
                            new ParticipantCount(ParticipantGroup.MIGRANT_ASSOCIATIONS, 8),
                            new ParticipantCount(ParticipantGroup.NGOS, 18))
                            : List.of(new ParticipantCount(ParticipantGroup.MIGRANTS, 15)),
                    city ? List.of("cs", "uk", "ru", "vi", "es", "en") : List.of("fa", "ps", "en"),
                    city ? groupSessions : Set.of(), findings));
        }

        private Finding finding(FindingKind kind, @Nullable String domain, Priority priority, String text,
                                @Nullable ActionTaken action) {
            return new Finding(kind, domain == null ? null : domains.get(domain), null, priority, text, action);
        }

        @SafeVarargs
        private <T> T pickOf(T... options) {
            return options[random.nextInt(options.length)];
        }
    }
}
