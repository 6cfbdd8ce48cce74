package org.inclusio.evaluation.internal;

import org.inclusio.evaluation.DefineFramework;
import org.inclusio.evaluation.Framework;
import org.inclusio.evaluation.FrameworkDefinition;
import org.inclusio.evaluation.FrameworkDefinition.Item;
import org.inclusio.evaluation.FrameworkDefinition.Question;
import org.inclusio.evaluation.FrameworkDefinition.Section;
import org.inclusio.evaluation.FrameworkId;
import org.inclusio.evaluation.FrameworkService;
import org.inclusio.evaluation.FrameworkSummary;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.InvalidInputException.FieldError;
import org.inclusio.shared.NotFoundException;
import org.inclusio.shared.security.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.text.Normalizer;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

@Service
@Validated
@Transactional(readOnly = true)
class FrameworkServiceImpl implements FrameworkService {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,29}");
    private static final int MAX_QUESTIONS = 50;
    private static final int MAX_ITEMS = 100;

    private final FrameworkRepository frameworks;
    private final FrameworkDefinitions definitions;
    private final Clock clock;

    FrameworkServiceImpl(FrameworkRepository frameworks, FrameworkDefinitions definitions, Clock clock) {
        this.frameworks = frameworks;
        this.definitions = definitions;
        this.clock = clock;
    }

    @Override
    public List<FrameworkSummary> list() {
        return frameworks.findAllShippedFirst().stream().map(row -> summary(row.id(),
                definitions.fromJson(row.definition()), row.shipped())).toList();
    }

    static FrameworkSummary summary(UUID id, FrameworkDefinition definition, boolean shipped) {
        return new FrameworkSummary(new FrameworkId(id), definition.key(), definition.version(), definition.name(),
                shipped, definition.sections().size(), (int) definition.questions().count(),
                (int) definition.items().count());
    }

    @Override
    public Framework get(FrameworkId id) {
        return view(frameworks.findById(id.value()).orElseThrow(() -> new NotFoundException("Framework")));
    }

    @Override
    @Transactional
    public Framework define(DefineFramework command) {
        var problems = new ArrayList<FieldError>();
        FrameworkEntity basedOn = null;
        if (command.basedOn() != null) {
            basedOn = frameworks.findById(command.basedOn().value()).orElse(null);
            if (basedOn == null) {
                problems.add(new FieldError("basedOn", "names a framework this organisation cannot use"));
            }
        }
        var base = basedOn == null ? null : definitions.fromJson(basedOn.definition());
        var sections = numbered(command.sections(), base == null ? Set.of() : allCodes(base), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var labels = command.labels() == null ? new DefineFramework.Labels(null, null, null) : command.labels();
        String key;
        int version;
        if (basedOn != null && !basedOn.shipped()) {
            key = basedOn.key();
            version = frameworks.findOwnVersions(key).getFirst().version() + 1;
        } else {
            key = freeKey(command.name());
            version = 1;
        }
        var definition = new FrameworkDefinition(key, version, command.name().strip(),
                base == null ? null : base.source(),
                label(labels.section(), base == null ? "Criterion" : base.sectionLabel()),
                label(labels.question(), base == null ? "Guiding question" : base.questionLabel()),
                label(labels.item(), base == null ? "Checklist item" : base.itemLabel()), sections);
        UUID tenant = Objects.requireNonNull(CurrentActor.require().tenantId(), "acting in an organisation");
        var stored = frameworks.saveAndFlush(new FrameworkEntity(tenant, key, version, definition.name(),
                definitions.toJson(definition), basedOn == null ? null : basedOn.id(),
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        return view(stored);
    }

    /**
     * The sections as given, with codes for the new parts and every problem named by its place. A new part never
     * gets the code of one left out of the framework it is based on.
     */
    private static List<Section> numbered(List<Section> given, Set<String> reserved, List<FieldError> problems) {
        Set<String> sectionCodes = codes(given.stream().map(Section::code).toList());
        sectionCodes.addAll(reserved);
        Set<String> questionCodes = codes(given.stream().flatMap(section -> section.questions() == null
                ? Stream.empty() : section.questions().stream()).map(Question::code).toList());
        Set<String> itemCodes = codes(given.stream().flatMap(section -> section.questions() == null
                        ? Stream.<Question>empty() : section.questions().stream())
                .flatMap(question -> question.items() == null ? Stream.empty()
                        : question.items().stream()).map(Item::code).toList());
        questionCodes.addAll(reserved);
        itemCodes.addAll(reserved);
        Set<String> seen = new HashSet<>();
        var sections = new ArrayList<Section>();
        for (int s = 0; s < given.size(); s++) {
            var section = given.get(s);
            String at = "sections[" + s + "]";
            text(section.title(), 200, at + ".title", problems);
            String sectionCode = code(section.code(), "S", s + 1, sectionCodes, seen, at + ".code", problems);
            var questions = new ArrayList<Question>();
            var givenQuestions = section.questions() == null ? List.<Question>of() : section.questions();
            if (givenQuestions.isEmpty()) {
                problems.add(new FieldError(at + ".questions", "has no question left; remove the section instead"));
            } else if (givenQuestions.size() > MAX_QUESTIONS) {
                problems.add(new FieldError(at + ".questions", "has more than " + MAX_QUESTIONS + " questions"));
            }
            for (int q = 0; q < givenQuestions.size(); q++) {
                var question = givenQuestions.get(q);
                String qAt = at + ".questions[" + q + "]";
                text(question.text(), 1000, qAt + ".text", problems);
                String questionCode = code(question.code(), sectionCode + (Character.isDigit(
                        sectionCode.charAt(sectionCode.length() - 1)) ? "." : ""), q + 1, questionCodes, seen, qAt + ".code",
                        problems);
                var givenItems = question.items() == null ? List.<Item>of() : question.items();
                if (givenItems.isEmpty()) {
                    problems.add(new FieldError(qAt + ".items", "has no item left; remove the question instead"));
                } else if (givenItems.size() > MAX_ITEMS) {
                    problems.add(new FieldError(qAt + ".items", "has more than " + MAX_ITEMS + " items"));
                }
                var items = new ArrayList<Item>();
                for (int i = 0; i < givenItems.size(); i++) {
                    var item = givenItems.get(i);
                    String iAt = qAt + ".items[" + i + "]";
                    text(item.text(), 2000, iAt + ".text", problems);
                    String itemCode = code(item.code(), questionCode + ".", i + 1, itemCodes, seen, iAt + ".code",
                            problems);
                    items.add(new Item(itemCode, strip(item.text()), item.appliesTo(), item.metrics(), item.rule()));
                }
                questions.add(new Question(questionCode, strip(question.text()), items));
            }
            sections.add(new Section(sectionCode, strip(section.title()), questions));
        }
        return sections;
    }

    private static Set<String> allCodes(FrameworkDefinition definition) {
        var codes = new HashSet<String>();
        definition.sections().forEach(section -> codes.add(section.code()));
        definition.questions().forEach(question -> codes.add(question.code()));
        definition.items().forEach(item -> codes.add(item.code()));
        return codes;
    }

    private static Set<String> codes(List<@Nullable String> given) {
        var codes = new HashSet<String>();
        given.stream().filter(code -> code != null && !code.isBlank()).forEach(codes::add);
        return codes;
    }

    /** The given code, checked and not repeated, or the first free one of the prefix and a counter. */
    private static String code(@Nullable String given, String prefix, int from, Set<String> taken, Set<String> seen,
                               String at, List<FieldError> problems) {
        if (given != null && !given.isBlank()) {
            if (!CODE.matcher(given).matches()) {
                problems.add(new FieldError(at, "must be up to 30 letters, digits, dots, dashes or underscores"));
            } else if (!seen.add(given)) {
                problems.add(new FieldError(at, "is used twice in the framework"));
            }
            return given;
        }
        for (int counter = from; ; counter++) {
            String candidate = prefix + counter;
            if (!taken.contains(candidate) && seen.add(candidate)) {
                taken.add(candidate);
                return candidate;
            }
        }
    }

    private static void text(@Nullable String value, int max, String at, List<FieldError> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldError(at, "must not be empty"));
        } else if (value.strip().length() > max) {
            problems.add(new FieldError(at, "is longer than " + max + " characters"));
        }
    }

    private static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static String label(@Nullable String given, String otherwise) {
        return given == null || given.isBlank() ? otherwise : given.strip();
    }

    /** A key from the name, not used by any framework the organisation sees. */
    private String freeKey(String name) {
        String base = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        base = base.isEmpty() ? "framework" : base.substring(0, Math.min(base.length(), 90)).replaceAll("-+$", "");
        Set<String> used = new HashSet<>(frameworks.findAllKeys());
        String key = base;
        for (int counter = 2; used.contains(key); counter++) {
            key = base + "-" + counter;
        }
        return key;
    }

    private Framework view(FrameworkEntity row) {
        return new Framework(new FrameworkId(row.id()), row.shipped(),
                row.basedOn() == null ? null : new FrameworkId(row.basedOn()), definitions.fromJson(row.definition()));
    }
}
