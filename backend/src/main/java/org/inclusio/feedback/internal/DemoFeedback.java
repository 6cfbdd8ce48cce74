package org.inclusio.feedback.internal;

import org.inclusio.feedback.ChannelDetails;
import org.inclusio.feedback.FeedbackCategory;
import org.inclusio.feedback.FeedbackChannelService;
import org.inclusio.feedback.FeedbackForm;
import org.inclusio.feedback.FeedbackStatus;
import org.inclusio.feedback.FeedbackType;
import org.inclusio.feedback.IntakeChannel;
import org.inclusio.feedback.Question;
import org.inclusio.feedback.QuestionKind;
import org.inclusio.feedback.YouSaidWeDid;
import org.inclusio.identity.Colleagues;
import org.inclusio.practice.PracticeService;
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

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Demo feedback for {@code demo-city}: the open channel "Tell us how we did" in six languages and a few dozen
 * submissions over the last six months (online, on paper, by phone), most answered with a public reply, some overdue,
 * a few coded as rumours, two sensitive reports for the protection focal point, and one "you said, we did" entry
 * linked to the feedback behind it. An organisation that already has channels is left alone. The demo receipt codes
 * are stored hashed like any other and cannot be shown.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "inclusio.demo-data.enabled", havingValue = "true")
class DemoFeedback implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFeedback.class);
    private static final long SEED = 20_261_123L;
    static final List<String> LANGUAGES = List.of("en", "ar", "uk", "fa", "fr", "cs");

    /** One kind of submission as people send it, and how staff code and answer it. */
    private record Sample(String language, FeedbackCategory category, @Nullable Integer satisfaction, String comment,
                          FeedbackType type, String code, @Nullable String reply) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("en", FeedbackCategory.COMPLAINT, 2,
                    "I waited three hours in the corridor and nobody told me why.", FeedbackType.COMPLAINT,
                    "access.waiting-time", "We are sorry. A screen in the waiting room now shows your place in the queue."),
            new Sample("ar", FeedbackCategory.COMPLAINT, 1, "لم يكن هناك مترجم في موعدي.", FeedbackType.COMPLAINT,
                    "language.interpreting", "نعتذر. يمكنكم الآن طلب مترجم عند حجز الموعد."),
            new Sample("uk", FeedbackCategory.COMPLIMENT, 5,
                    "Дякую консультантці за терпіння і допомогу з документами.", FeedbackType.PRAISE,
                    "residence.documents", "Дякуємо! Ми передали ваші слова колезі."),
            new Sample("fa", FeedbackCategory.QUESTION, 3, "کلاس زبان چک برای بزرگسالان کی شروع می‌شود؟",
                    FeedbackType.QUESTION, "language.courses", "کلاس‌های جدید از اول ماه آینده شروع می‌شوند."),
            new Sample("fr", FeedbackCategory.SUGGESTION, 4,
                    "Ce serait bien d'ouvrir le bureau aussi le samedi matin.", FeedbackType.SUGGESTION,
                    "access.opening-hours", "Merci. Nous testons une ouverture le premier samedi du mois."),
            new Sample("cs", FeedbackCategory.COMPLAINT, 2,
                    "Na webu nejsou informace o tom, jaké doklady mám přinést.", FeedbackType.COMPLAINT,
                    "access.information", "Děkujeme, seznam dokladů je nyní na webu v pěti jazycích."),
            new Sample("en", FeedbackCategory.QUESTION, 3,
                    "People say the city will stop paying rent support in March. Is that true?", FeedbackType.RUMOUR,
                    "rumours.rumour", "This is not true. Rent support continues; nothing changes in March."),
            new Sample("uk", FeedbackCategory.QUESTION, null,
                    "Кажуть, що без знання чеської не можна записати дитину до школи. Це правда?",
                    FeedbackType.RUMOUR, "rumours.misinformation",
                    "Ні, це неправда. Кожна дитина має право на місце в школі."),
            new Sample("ar", FeedbackCategory.SUGGESTION, 4, "أقترح توفير ركن للأطفال في غرفة الانتظار.",
                    FeedbackType.SUGGESTION, "access.accessibility", "شكراً، أضفنا ركناً للأطفال."),
            new Sample("en", FeedbackCategory.COMPLIMENT, 5,
                    "The information session about health insurance was very clear.", FeedbackType.PRAISE,
                    "health.insurance", "Thank you! We will run it again every month."),
            new Sample("fa", FeedbackCategory.COMPLAINT, 2, "کارمند پذیرش با من بی‌ادبانه صحبت کرد.",
                    FeedbackType.COMPLAINT, "conduct.respect", "متأسفیم. این موضوع را با تیم پذیرش در میان گذاشتیم."),
            new Sample("fr", FeedbackCategory.QUESTION, 3, "Comment faire reconnaître mon diplôme d'infirmière ?",
                    FeedbackType.QUESTION, "employment.job-search",
                    "Prenez rendez-vous avec notre conseillère emploi, elle vous aide pour la reconnaissance."),
            new Sample("cs", FeedbackCategory.SUGGESTION, 4, "Prosím o delší úřední hodiny ve čtvrtek.",
                    FeedbackType.SUGGESTION, "access.opening-hours", "Od příštího měsíce máme ve čtvrtek otevřeno do 18 hodin."),
            new Sample("uk", FeedbackCategory.COMPLAINT, 2,
                    "Черга на житло дуже довга, ніхто не каже, скільки чекати.", FeedbackType.COMPLAINT,
                    "housing.waiting", "Ми надсилатимемо повідомлення про чергу щомісяця."),
            new Sample("ar", FeedbackCategory.QUESTION, null, "سمعت أن من يطلب المساعدة يفقد الإقامة. هل هذا صحيح؟",
                    FeedbackType.RUMOUR, "rumours.rumour", "هذا غير صحيح. طلب المساعدة لا يؤثر على الإقامة."),
            new Sample("en", FeedbackCategory.SUGGESTION, 3, "Send appointment reminders by text message.",
                    FeedbackType.SUGGESTION, "access.information", "Good idea: reminders by text start next month."),
            new Sample("cs", FeedbackCategory.COMPLIMENT, 4, "Paní na recepci mi moc pomohla s formulářem.",
                    FeedbackType.PRAISE, "conduct.respect", null));

    private final OrganisationDirectory organisations;
    private final FeedbackChannelService channels;
    private final PracticeService practices;
    private final ChannelRepository channelRows;
    private final FeedbackRepository feedback;
    private final CodeRepository codes;
    private final YouSaidWeDidRepository entries;
    private final FeedbackIntake intake;
    private final Colleagues colleagues;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoFeedback(OrganisationDirectory organisations, FeedbackChannelService channels, ChannelRepository channelRows,
                 FeedbackRepository feedback, CodeRepository codes, YouSaidWeDidRepository entries,
                 FeedbackIntake intake, Colleagues colleagues, PracticeService practices,
                 PlatformTransactionManager transactions, Clock clock) {
        this.organisations = organisations;
        this.channels = channels;
        this.practices = practices;
        this.channelRows = channelRows;
        this.feedback = feedback;
        this.codes = codes;
        this.entries = entries;
        this.intake = intake;
        this.colleagues = colleagues;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        organisations.findBySlug("demo-city").ifPresent(city -> SystemWork.callIn("demo-data", city.id().value(),
                Set.of(Role.MANAGER), () -> transaction.execute(status -> {
                    if (!channels.list().isEmpty()) {
                        return null;
                    }
                    int submissions = seed();
                    log.info("Demo feedback ready for {}: one channel, {} submissions", city.slug(), submissions);
                    return null;
                })));
    }

    private int seed() {
        LocalDate today = LocalDate.now(clock);
        var channel = channelRows.findById(channels.create(channel(today,
                practices.choices().stream().findFirst().map(practice -> practice.id().value()).orElse(null))).id().value()).orElseThrow();
        Map<String, UUID> codeIds = codes.findAll().stream()
                .collect(Collectors.toMap(CodeEntity::key, CodeEntity::id));
        UUID caseworker = colleagues.activeWithAnyRole(EnumSet.of(Role.CASEWORKER)).stream()
                .filter(colleague -> colleague.username().equals("city-caseworker"))
                .map(colleague -> colleague.id().value()).findFirst().orElse(null);
        var random = new Random(SEED);
        var waiting = new ArrayList<FeedbackEntity>();
        int count = 2 * SAMPLES.size();
        for (int i = 0; i < count; i++) {
            Sample sample = SAMPLES.get(i % SAMPLES.size());
            LocalDate received = today.minusDays(i * 180L / count + random.nextInt(4));
            IntakeChannel how = i % 4 == 3 ? IntakeChannel.PAPER : i % 7 == 5 ? IntakeChannel.PHONE
                    : IntakeChannel.ONLINE_FORM;
            var item = take(channel, how, received, sample.language(), sample.category(), sample.satisfaction(),
                    sample.comment(), sample.category() == FeedbackCategory.QUESTION ? Map.of()
                            : Map.of("waiting-time", String.valueOf(1 + random.nextInt(5)),
                            "understood", random.nextBoolean() ? "yes" : "no"));
            long age = ChronoUnit.DAYS.between(received, today);
            UUID code = codeIds.get(sample.code());
            if (age < 3) {
                continue;
            }
            switch (i % 5) {
                case 0, 1, 2 -> item.triage(sample.reply() == null ? FeedbackStatus.CLOSED : FeedbackStatus.ANSWERED,
                        caseworker, sample.type(), code, sample.reply(), null,
                        received.plusDays(Math.min(age, 2 + random.nextInt(10))));
                case 3 -> item.triage(FeedbackStatus.CLOSED, caseworker, sample.type(), code, sample.reply(), null,
                        received.plusDays(Math.min(age, 1 + random.nextInt(5))));
                default -> {
                    if (i % 2 == 0) {
                        item.triage(FeedbackStatus.ACKNOWLEDGED, caseworker, sample.type(), code, null, null,
                                received.plusDays(1));
                    }
                }
            }
            if (sample.code().startsWith("access.")) {
                waiting.add(item);
            }
        }
        take(channel, IntakeChannel.ONLINE_FORM, today.minusDays(1), "en", FeedbackCategory.SERIOUS, null,
                "A man at the accommodation keeps threatening my daughter.", Map.of());
        take(channel, IntakeChannel.PHONE, today.minusDays(12), "uk", FeedbackCategory.SERIOUS, null,
                "Перекладач попросив у мене гроші за допомогу.", Map.of())
                .triage(FeedbackStatus.IN_REVIEW, null, FeedbackType.SENSITIVE, codeIds.get("conduct.misconduct"),
                        null, null, today.minusDays(11));
        publishYouSaidWeDid(today, waiting);
        feedback.flush();
        return count + 2;
    }

    private FeedbackEntity take(ChannelEntity channel, IntakeChannel how, LocalDate received, String language,
                                FeedbackCategory category, @Nullable Integer satisfaction, String comment,
                                Map<String, String> answers) {
        return intake.store(channel, how, received, new FeedbackForm(language, category, satisfaction, answers,
                comment)).feedback();
    }

    private void publishYouSaidWeDid(LocalDate today, List<FeedbackEntity> basedOn) {
        var entry = entries.save(new YouSaidWeDidEntity(new YouSaidWeDid.Details(Map.of(
                "en", "Waiting at the office takes too long, and nobody tells you how long it will be.",
                "cs", "Čekání na úřadě trvá příliš dlouho a nikdo neřekne, jak dlouho to bude.",
                "ar", "الانتظار في المكتب طويل جداً، ولا أحد يخبرك كم سيستغرق.",
                "uk", "Очікування в офісі триває надто довго, і ніхто не каже, скільки чекати."), Map.of(
                "en", "A screen in the waiting room now shows your place in the queue, and a second desk opens on "
                        + "Mondays and Thursdays.",
                "cs", "Obrazovka v čekárně teď ukazuje vaše pořadí a v pondělí a ve čtvrtek je otevřená druhá "
                        + "přepážka.",
                "ar", "تعرض شاشة في غرفة الانتظار الآن دورك، ويفتح مكتب ثانٍ يومي الاثنين والخميس.",
                "uk", "Екран у залі очікування тепер показує вашу чергу, а по понеділках і четвергах працює друге "
                        + "віконце."), today.minusDays(30), List.of()), clock.instant().truncatedTo(ChronoUnit.MICROS)));
        basedOn.stream().filter(item -> item.receivedOn().isBefore(today.minusDays(30)))
                .forEach(item -> item.linkTo(entry.id()));
    }

    private static ChannelDetails channel(LocalDate today, @Nullable UUID practice) {
        var waited = new Question("waiting-time", QuestionKind.RATING, Map.of(
                "en", "How do you rate the waiting time?",
                "ar", "كيف تقيّم وقت الانتظار؟",
                "uk", "Як ви оцінюєте час очікування?",
                "fa", "زمان انتظار را چگونه ارزیابی می‌کنید؟",
                "fr", "Comment évaluez-vous le temps d'attente ?",
                "cs", "Jak hodnotíte dobu čekání?"), List.of());
        var understood = new Question("understood", QuestionKind.YES_NO, Map.of(
                "en", "Did you understand the information you were given?",
                "ar", "هل فهمت المعلومات التي قُدّمت لك؟",
                "uk", "Чи зрозуміли ви надану вам інформацію?",
                "fa", "آیا اطلاعاتی را که به شما داده شد فهمیدید؟",
                "fr", "Avez-vous compris les informations reçues ?",
                "cs", "Rozuměli jste informacím, které jste dostali?"), List.of());
        return new ChannelDetails("Tell us how we did", practice, LANGUAGES, today.minusMonths(8), null, null,
                List.of(waited, understood));
    }
}
