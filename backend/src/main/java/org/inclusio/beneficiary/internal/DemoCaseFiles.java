package org.inclusio.beneficiary.internal;

import jakarta.persistence.EntityManager;
import org.inclusio.beneficiary.AgeBand;
import org.inclusio.beneficiary.CaseFileDetails;
import org.inclusio.beneficiary.ClosingReason;
import org.inclusio.beneficiary.Consent;
import org.inclusio.beneficiary.ConsentPurpose;
import org.inclusio.beneficiary.Gender;
import org.inclusio.beneficiary.ResidenceStatus;
import org.inclusio.beneficiary.SpecialCategoryData;
import org.inclusio.beneficiary.Vulnerability;
import org.inclusio.identity.Colleagues;
import org.inclusio.identity.UserAccountId;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Case files for the demo organisations, spread over the last twelve months: {@code demo-city} about 60,
 * {@code demo-aid} about 10, people from Ukraine, Syria, Afghanistan, Eritrea, Venezuela, Vietnam and elsewhere, some
 * closed, most with every consent, a few without consent to referrals, some with special-category data (sealed like
 * any other). Runs after the demo accounts ({@code identity}'s {@code DemoData}) and before the demo consultations;
 * an organisation that already has case files is left alone. The same random seed gives the same people on every
 * fresh start.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "inclusio.demo-data.enabled", havingValue = "true")
class DemoCaseFiles implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCaseFiles.class);

    /** A person who could walk in: name, gender, nationality and the languages they speak, preferred first. */
    private record Person(String firstName, String lastName, Gender gender, String nationality,
                          List<String> languages) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("Olena", "Kovalenko", Gender.FEMALE, "UA", List.of("uk", "ru")),
            new Person("Andrii", "Shevchenko", Gender.MALE, "UA", List.of("uk", "en")),
            new Person("Iryna", "Bondarenko", Gender.FEMALE, "UA", List.of("uk", "ru")),
            new Person("Oksana", "Melnyk", Gender.FEMALE, "UA", List.of("uk")),
            new Person("Dmytro", "Tkachenko", Gender.MALE, "UA", List.of("uk", "ru", "en")),
            new Person("Nataliia", "Kravchenko", Gender.FEMALE, "UA", List.of("ru", "uk")),
            new Person("Serhii", "Oliinyk", Gender.MALE, "UA", List.of("uk")),
            new Person("Yuliia", "Lysenko", Gender.FEMALE, "UA", List.of("uk", "en")),
            new Person("Viktoriia", "Moroz", Gender.FEMALE, "UA", List.of("uk", "ru")),
            new Person("Mykola", "Savchenko", Gender.MALE, "UA", List.of("ru", "uk")),
            new Person("Ahmad", "Al-Khatib", Gender.MALE, "SY", List.of("ar")),
            new Person("Fatima", "Haddad", Gender.FEMALE, "SY", List.of("ar", "en")),
            new Person("Omar", "Darwish", Gender.MALE, "SY", List.of("ar")),
            new Person("Rania", "Suleiman", Gender.FEMALE, "SY", List.of("ar", "ku")),
            new Person("Khaled", "Mansour", Gender.MALE, "SY", List.of("ar", "en")),
            new Person("Lina", "Nasser", Gender.FEMALE, "SY", List.of("ar")),
            new Person("Yusuf", "Hamdan", Gender.MALE, "SY", List.of("ar", "tr")),
            new Person("Mariam", "Qasim", Gender.FEMALE, "SY", List.of("ar")),
            new Person("Ahmad Shah", "Rahimi", Gender.MALE, "AF", List.of("fa", "ps")),
            new Person("Zahra", "Hosseini", Gender.FEMALE, "AF", List.of("fa")),
            new Person("Mohammad", "Karimi", Gender.MALE, "AF", List.of("fa", "en")),
            new Person("Fereshta", "Ahmadi", Gender.FEMALE, "AF", List.of("fa")),
            new Person("Abdul Wahid", "Noori", Gender.MALE, "AF", List.of("ps", "fa")),
            new Person("Gulalai", "Safi", Gender.FEMALE, "AF", List.of("ps")),
            new Person("Hamid", "Sultani", Gender.MALE, "AF", List.of("fa", "ps")),
            new Person("Shabnam", "Azizi", Gender.FEMALE, "AF", List.of("fa", "en")),
            new Person("Semhar", "Tesfay", Gender.FEMALE, "ER", List.of("ti", "ar")),
            new Person("Yonas", "Ghebremedhin", Gender.MALE, "ER", List.of("ti")),
            new Person("Helen", "Kidane", Gender.FEMALE, "ER", List.of("ti", "en")),
            new Person("Filmon", "Haile", Gender.MALE, "ER", List.of("ti", "ar")),
            new Person("Luwam", "Berhane", Gender.FEMALE, "ER", List.of("ti")),
            new Person("Tesfalem", "Abraha", Gender.MALE, "ER", List.of("ti", "en")),
            new Person("María Fernanda", "Pérez", Gender.FEMALE, "VE", List.of("es")),
            new Person("José Luis", "Rodríguez", Gender.MALE, "VE", List.of("es", "en")),
            new Person("Daniela", "Castillo", Gender.FEMALE, "VE", List.of("es")),
            new Person("Carlos Eduardo", "Mendoza", Gender.MALE, "VE", List.of("es")),
            new Person("Gabriela", "Rojas", Gender.FEMALE, "VE", List.of("es", "en")),
            new Person("Luis Alberto", "Gómez", Gender.MALE, "VE", List.of("es")),
            new Person("Nguyen Thi", "Lan", Gender.FEMALE, "VN", List.of("vi")),
            new Person("Tran Van", "Minh", Gender.MALE, "VN", List.of("vi", "en")),
            new Person("Le Thi", "Hoa", Gender.FEMALE, "VN", List.of("vi")),
            new Person("Pham Quoc", "Bao", Gender.MALE, "VN", List.of("vi", "ru")),
            new Person("Vu Thi", "Mai", Gender.FEMALE, "VN", List.of("vi")),
            new Person("Hodan", "Abdi", Gender.FEMALE, "SO", List.of("so", "ar")),
            new Person("Grace", "Mbuyi", Gender.FEMALE, "CD", List.of("fr", "ln")),
            new Person("Chinedu", "Okafor", Gender.MALE, "NG", List.of("en")),
            new Person("Alex", "Morozov", Gender.NON_BINARY_OR_OTHER, "RU", List.of("ru", "en")),
            new Person("Tigist", "Alemu", Gender.FEMALE, "ET", List.of("am", "en")),
            new Person("Sami", "Yilmaz", Gender.NOT_STATED, "TR", List.of("tr", "ku")),
            new Person("Karwan", "Aziz", Gender.MALE, "IQ", List.of("ku", "ar")));

    private static final Map<String, List<ResidenceStatus>> RESIDENCE = Map.of(
            "UA", List.of(ResidenceStatus.TEMPORARY_PROTECTION),
            "SY", List.of(ResidenceStatus.REFUGEE, ResidenceStatus.SUBSIDIARY_PROTECTION),
            "AF", List.of(ResidenceStatus.ASYLUM_SEEKER, ResidenceStatus.REFUGEE),
            "ER", List.of(ResidenceStatus.REFUGEE, ResidenceStatus.ASYLUM_SEEKER),
            "VE", List.of(ResidenceStatus.ASYLUM_SEEKER, ResidenceStatus.OTHER_THIRD_COUNTRY_NATIONAL),
            "VN", List.of(ResidenceStatus.OTHER_THIRD_COUNTRY_NATIONAL));

    private static final List<String> NOTES = List.of(
            "Needs a female interpreter for medical appointments.",
            "Reported pressure from the former employer; wants advice before any contact.",
            "Chronic condition, medication must not run out; GP registration pending.",
            "Talked about experiences on the journey; offered a referral to psychosocial support.",
            "Asylum interview coming up; prefers appointments in the morning.");

    private final OrganisationDirectory organisations;
    private final Colleagues colleagues;
    private final CaseFileRepository caseFiles;
    private final SpecialCategoryStore specialCategory;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoCaseFiles(OrganisationDirectory organisations, Colleagues colleagues, CaseFileRepository caseFiles,
                  SpecialCategoryStore specialCategory, EntityManager entityManager,
                  PlatformTransactionManager transactions, Clock clock) {
        this.organisations = organisations;
        this.colleagues = colleagues;
        this.caseFiles = caseFiles;
        this.specialCategory = specialCategory;
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        organisations.findBySlug("demo-city").ifPresent(city -> seed(city, 60, "city-caseworker", 1));
        organisations.findBySlug("demo-aid").ifPresent(aid -> seed(aid, 10, "aid-caseworker", 2));
    }

    private void seed(Organisation organisation, int count, String mainCaseworker, long seed) {
        SystemWork.callIn("demo-data", organisation.id().value(), Set.of(Role.CASEWORKER), () -> {
            if (Boolean.TRUE.equals(transaction.execute(status -> caseFiles.existsBy()))) {
                return null;
            }
            var caseworkers = colleagues.activeWithAnyRole(Set.of(Role.CASEWORKER)).stream()
                    .collect(Collectors.toMap(Colleagues.Colleague::username, Colleagues.Colleague::id));
            var random = new Random(seed);
            var people = new ArrayList<>(PEOPLE);
            Collections.shuffle(people, random);
            var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            var openedAt = random.longs(count, 0, 365L * 24 * 60)
                    .mapToObj(minutes -> now.minus(Duration.ofMinutes(minutes))).sorted().toList();
            transaction.executeWithoutResult(status -> {
                for (int i = 0; i < count; i++) {
                    var createdAt = openedAt.get(i);
                    var updatedAt = createdAt.plus(Duration.ofMinutes(
                            random.nextLong(Math.max(1, Duration.between(createdAt, now).toMinutes()))));
                    var assigned = caseworkers.get(random.nextInt(5) == 0 ? "both-caseworker" : mainCaseworker);
                    var caseNumber = CaseNumbers.next(entityManager, organisation,
                            createdAt.atZone(ZoneOffset.UTC).getYear());
                    caseFiles.save(caseFile(organisation, people.get(i % people.size()), random, caseNumber,
                            createdAt, updatedAt, assigned, i));
                }
            });
            log.info("Demo data: {} case files for {}", count, organisation.slug());
            return null;
        });
    }

    private CaseFileEntity caseFile(Organisation organisation, Person person, Random random, String caseNumber,
                                    Instant createdAt, Instant updatedAt, @Nullable UserAccountId assigned,
                                    int index) {
        var created = LocalDate.ofInstant(createdAt, ZoneOffset.UTC);
        boolean minor = random.nextInt(15) == 0;
        int birthYear = minor ? created.getYear() - 15 - random.nextInt(3) : 1950 + random.nextInt(56);
        var vulnerabilities = EnumSet.noneOf(Vulnerability.class);
        if (minor) {
            vulnerabilities.add(Vulnerability.UNACCOMPANIED_MINOR);
        }
        if (created.getYear() - birthYear >= 65) {
            vulnerabilities.add(Vulnerability.OLDER_PERSON);
        }
        if (!minor && random.nextInt(6) == 0) {
            vulnerabilities.add(Vulnerability.SINGLE_PARENT);
        }
        var languages = person.languages();
        var details = new CaseFileDetails(
                person.firstName() + " " + person.lastName().charAt(0) + ".",
                person.firstName() + " " + person.lastName(),
                random.nextInt(3) == 0 ? null : "+420 7%02d %03d %03d".formatted(random.nextInt(100),
                        random.nextInt(1000), random.nextInt(1000)),
                random.nextInt(4) == 0 ? (person.lastName() + "." + index + "@example.org")
                        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.@-]", "") : null,
                random.nextInt(10) == 0 ? null : birthYear,
                AgeBand.NOT_STATED, person.gender(), List.of(person.nationality()), languages, languages.getFirst(),
                created.minusDays(random.nextInt(400)), 1 + random.nextInt(6), vulnerabilities,
                specialCategory(person, random), assigned);
        var caseFile = new CaseFileEntity(UUID.randomUUID(), caseNumber, createdAt);
        caseFile.describe(details, Year.from(created));
        caseFile.touch(updatedAt);
        specialCategory.store(caseFile, organisation.id().value(), details.specialCategory());
        caseFile.recordConsent(new Consent(ConsentPurpose.CASE_WORK, created, null), updatedAt);
        if (random.nextInt(8) != 0) {
            caseFile.recordConsent(new Consent(ConsentPurpose.EVALUATION_AND_STATISTICS, created,
                    random.nextInt(12) == 0 ? created.plusDays(30) : null), updatedAt);
        }
        if (random.nextInt(6) != 0) {
            caseFile.recordConsent(new Consent(ConsentPurpose.REFERRAL_TO_PARTNERS, created, null), updatedAt);
        }
        if (random.nextInt(6) == 0) {
            var reasons = ClosingReason.values();
            caseFile.close(reasons[random.nextInt(reasons.length)], LocalDate.ofInstant(updatedAt, ZoneOffset.UTC),
                    updatedAt);
        }
        return caseFile;
    }

    private static @Nullable SpecialCategoryData specialCategory(Person person, Random random) {
        if (random.nextInt(3) == 0) {
            return null;
        }
        var statuses = RESIDENCE.getOrDefault(person.nationality(), List.of(ResidenceStatus.NOT_STATED));
        var sensitive = EnumSet.noneOf(Vulnerability.class);
        if (random.nextInt(5) == 0) {
            sensitive.add(random.nextBoolean() ? Vulnerability.SERIOUS_ILLNESS : Vulnerability.DISABILITY);
        }
        if (random.nextInt(10) == 0) {
            sensitive.add(Vulnerability.SURVIVOR_OF_VIOLENCE);
        }
        return new SpecialCategoryData(statuses.get(random.nextInt(statuses.size())), sensitive,
                random.nextInt(3) == 0 ? NOTES.get(random.nextInt(NOTES.size())) : null);
    }
}
