package org.inclusio.practice.internal;

import org.inclusio.practice.DefineIndicator;
import org.inclusio.practice.Funding;
import org.inclusio.practice.FundingType;
import org.inclusio.practice.IndicatorMetric;
import org.inclusio.practice.IndicatorService;
import org.inclusio.practice.Objective;
import org.inclusio.practice.ObjectiveId;
import org.inclusio.practice.PartnerType;
import org.inclusio.practice.PracticeId;
import org.inclusio.practice.PracticePartner;
import org.inclusio.practice.PracticeService;
import org.inclusio.practice.PracticeStatus;
import org.inclusio.practice.RecordMeasurement;
import org.inclusio.practice.RecordPractice;
import org.inclusio.shared.security.Role;
import org.inclusio.shared.security.SystemWork;
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
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * Demo practices, set up before the demo consultations, feedback and assessments that refer to them. {@code
 * demo-city} runs the pilot of seed 003 (intercultural workers in the district's public services) with exactly its
 * expected outcomes as the results framework: some indicators computed from the records, the others measured by hand
 * during the year. {@code demo-aid} runs a psychosocial orientation programme. An organisation that already has
 * practices is left alone.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "inclusio.demo-data.enabled", havingValue = "true")
class DemoPractices implements ApplicationRunner {

    static final String PILOT = "Intercultural workers in local public services";

    private static final Logger log = LoggerFactory.getLogger(DemoPractices.class);

    private final OrganisationDirectory organisations;
    private final PracticeService practices;
    private final IndicatorService indicators;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoPractices(OrganisationDirectory organisations, PracticeService practices, IndicatorService indicators,
                  PlatformTransactionManager transactions, Clock clock) {
        this.organisations = organisations;
        this.practices = practices;
        this.indicators = indicators;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed("demo-city", this::pilot);
        seed("demo-aid", this::orientation);
    }

    private void seed(String slug, Runnable work) {
        organisations.findBySlug(slug).ifPresent(organisation -> SystemWork.callIn("demo-data",
                organisation.id().value(), Set.of(Role.MANAGER), () -> transaction.execute(status -> {
                    if (practices.choices().isEmpty()) {
                        work.run();
                        log.info("Demo practices ready for {}", slug);
                    }
                    return null;
                })));
    }

    /** The pilot of seed 003, running this year, with its four expected outcomes and their targets. */
    private void pilot() {
        LocalDate start = yearStart();
        LocalDate end = start.plusYears(1).minusDays(1);
        var practice = practices.record(new RecordPractice(PILOT,
                "Intercultural workers with a migration background accompany migrants to the district's offices and "
                        + "public services, train clerks and support migrants' own initiatives, so that migrants "
                        + "take part in local public life. Modelled on the SIMI pilot (Integration on the Ground).",
                List.of("migrants living in the district", "local authorities and public services", "clerks"),
                List.of("cs", "ru", "uk", "vi", "es", "en"), start, end, PracticeStatus.RUNNING,
                List.of(new PracticePartner("District office, self-employment department", PartnerType.PUBLIC_AUTHORITY,
                                "hosts the intercultural workers' office hours"),
                        new PracticePartner("District social services", PartnerType.PUBLIC_SERVICE,
                                "clerks trained; joint cases"),
                        new PracticePartner("Intercultural Work Network", PartnerType.NGO,
                                "methodology and supervision of intercultural workers"),
                        new PracticePartner("Vietnamese Community Association", PartnerType.MIGRANT_ASSOCIATION,
                                "co-designs the information map kit")),
                List.of(new Funding("European Integration Fund", FundingType.EU, new BigDecimal("68000.00"), "EUR",
                                start, end),
                        new Funding("City district", FundingType.MUNICIPAL, new BigDecimal("250000.00"), "CZK",
                                start, end)),
                List.of(new Objective(null, "Promote the services of intercultural workers"),
                        new Objective(null, "Raise awareness of, and achieve better access of migrants to, local "
                                + "public services"),
                        new Objective(null, "Motivate migrants to take initiatives and part in local public life"),
                        new Objective(null, "Increase the intercultural competences of local stakeholders"))));
        var objectives = practice.objectives().stream().map(Objective::id).toList();
        PracticeId id = practice.id();
        measured(id, objectives.get(0), "Local authorities and public services served", "authorities and services",
                30, "intercultural workers' log", start, 9, 21);
        computed(id, objectives.get(0), "Migrant clients served", "migrant clients", 46,
                IndicatorMetric.BENEFICIARIES_SERVED, start);
        measured(id, objectives.get(1), "Leaflets distributed", "leaflets", 1000, "distribution lists", start, 350,
                640);
        measured(id, objectives.get(1), "Information map kits distributed", "map kits", 1000, "distribution lists",
                start, 180, 410);
        measured(id, objectives.get(1), "Public services in the map kit", "services", 45, "the map kit", start, 30,
                45);
        measured(id, objectives.get(2), "Intercultural workers active", "intercultural workers", 5, "staff list",
                start, 4, 5);
        measured(id, objectives.get(2), "Migrant associations involved", "migrant associations", 8,
                "meeting minutes", start, 3, 6);
        computed(id, objectives.get(3), "Clerks trained", "clerks", 18, IndicatorMetric.PEOPLE_TRAINED, start);
        measured(id, objectives.get(3), "Services whose clerks were trained", "services", 3, "training records",
                start, 1, 2);
        computed(id, null, "Participatory consultations held", "consultations", 12,
                IndicatorMetric.PARTICIPATORY_CONSULTATIONS, start);
    }

    private void orientation() {
        LocalDate start = yearStart();
        var practice = practices.record(new RecordPractice("Psychosocial orientation for newcomers",
                "Group orientation sessions and individual psychosocial counselling for newly arrived refugees, "
                        + "in Dari, Pashto and English.",
                List.of("newly arrived refugees", "refugee women"), List.of("fa", "ps", "en"), start, null,
                PracticeStatus.RUNNING,
                List.of(new PracticePartner("Psychosocial Support Network", PartnerType.NGO, "supervision"),
                        new PracticePartner("Refugee Women's Association", PartnerType.MIGRANT_ASSOCIATION,
                                "runs the women's group")),
                List.of(new Funding("Open Society Foundation", FundingType.FOUNDATION, new BigDecimal("24000.00"),
                        "EUR", start, start.plusYears(2).minusDays(1))),
                List.of(new Objective(null, "Newcomers find their way to the services they need"))));
        ObjectiveId objective = practice.objectives().getFirst().id();
        computed(practice.id(), objective, "Newcomers counselled", "people", 40, IndicatorMetric.BENEFICIARIES_SERVED,
                start);
        computed(practice.id(), objective, "Needs assessments done", "assessments", 30,
                IndicatorMetric.ASSESSMENTS_DONE, start);
    }

    private void computed(PracticeId practice, @Nullable ObjectiveId objective, String name, String unit, int target,
                          IndicatorMetric metric, LocalDate start) {
        indicators.define(practice, new DefineIndicator(objective, name, unit, BigDecimal.ZERO,
                BigDecimal.valueOf(target), start, start.plusYears(1).minusDays(1), metric, "Inclusio's records"));
    }

    /** A hand-measured indicator with a mid-year and a recent measurement (running totals). */
    private void measured(PracticeId practice, ObjectiveId objective, String name, String unit, int target,
                          String source, LocalDate start, int midYear, int recent) {
        var indicator = indicators.define(practice, new DefineIndicator(objective, name, unit, BigDecimal.ZERO,
                BigDecimal.valueOf(target), start, start.plusYears(1).minusDays(1), null, source));
        LocalDate today = today();
        indicators.measure(practice, indicator.id(), new RecordMeasurement(start.plusMonths(5).minusDays(1)
                .isBefore(today) ? start.plusMonths(5).minusDays(1) : today, BigDecimal.valueOf(midYear),
                "mid-year count"));
        indicators.measure(practice, indicator.id(), new RecordMeasurement(today.minusDays(14).isBefore(start)
                ? today : today.minusDays(14), BigDecimal.valueOf(recent), null));
    }

    /** The practice year started on the first of the month, eight months ago: it is well under way. */
    private LocalDate yearStart() {
        return today().withDayOfMonth(1).minusMonths(8);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
