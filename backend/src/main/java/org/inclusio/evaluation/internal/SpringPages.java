package org.inclusio.evaluation.internal;

import org.inclusio.evaluation.FrameworkDefinition;
import org.inclusio.evaluation.FrameworkDefinition.Item;
import org.inclusio.evaluation.FrameworkDefinition.Question;
import org.inclusio.evaluation.FrameworkDefinition.Section;
import org.inclusio.evaluation.SpringPage;
import org.inclusio.evaluation.SpringPage.Answer;
import org.inclusio.evaluation.SpringPage.Mark;
import org.jspecify.annotations.Nullable;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes pages in the layout of the SPRING practice pages (seed 001): criterion → guiding question →
 * narrative → "Inspiring tools:" → "Good practice checklist" → items marked ✓ (met) or – (not met).
 * <p>
 * Reading is tolerant of what published pages do. Guiding questions and items are recognised by their wording
 * (case, spacing, quotes and final punctuation aside), never by position or heading, so a missing criterion heading
 * changes nothing. A missing guiding question is inferred from the items that follow: its narrative goes to their
 * question. Marks may be ✓, – (en dash), − (minus) or a hyphen, or missing. Blank lines mean nothing.
 */
final class SpringPages {

    static final String TITLE = "Good Practice Criteria";
    static final String CHECKLIST = "Good practice checklist";
    static final String TOOLS = "Inspiring tools:";

    private static final Pattern MARKED = Pattern.compile("^([✓✔–−-])\\s*(.*)$");

    private SpringPages() {
    }

    static SpringPage read(FrameworkDefinition framework, String page) {
        return new Reader(framework).read(page);
    }

    /** The page of a practice: every question with its answer, every item with its mark (none when unmarked). */
    static String write(FrameworkDefinition framework, SpringPage page) {
        var text = new StringBuilder(TITLE).append("\n\n");
        for (Section section : framework.sections()) {
            text.append(section.title()).append("\n\n");
            for (Question question : section.questions()) {
                text.append(question.text()).append("\n\n");
                var answer = page.answers().get(question.code());
                if (answer != null && answer.narrative() != null) {
                    text.append(answer.narrative()).append("\n\n");
                }
                if (answer != null && !answer.inspiringTools().isEmpty()) {
                    text.append(TOOLS).append("\n\n");
                    answer.inspiringTools().forEach(tool -> text.append(tool).append("\n\n"));
                }
                text.append(CHECKLIST).append("\n\n");
                for (Item item : question.items()) {
                    Mark mark = page.marks().getOrDefault(item.code(), Mark.UNMARKED);
                    text.append(switch (mark) {
                        case MET -> "✓ ";
                        case NOT_MET -> "– ";
                        case UNMARKED -> "";
                    }).append(item.text()).append("\n\n");
                }
            }
        }
        return text.toString();
    }

    /** Wording compared without case, spacing, typographic quotes or final punctuation. */
    static String normalised(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        return plain.replaceAll("[\\s.;:,]+$", "");
    }

    private static final class Reader {

        private final Map<String, Question> questions = new HashMap<>();
        private final Map<String, Item> items = new HashMap<>();
        private final Map<Item, Question> questionOfItem = new HashMap<>();
        private final Map<String, String> headings = new HashMap<>();

        private final Map<String, List<String>> narratives = new LinkedHashMap<>();
        private final Map<String, List<String>> tools = new LinkedHashMap<>();
        private final Map<String, Mark> marks = new LinkedHashMap<>();
        private final List<String> unrecognised = new ArrayList<>();

        /** Text read since the last question or checklist, and the question it belongs to once known. */
        private final List<String> pendingNarrative = new ArrayList<>();
        private final List<String> pendingTools = new ArrayList<>();
        private @Nullable Question owner;
        private boolean inTools;

        Reader(FrameworkDefinition framework) {
            for (Section section : framework.sections()) {
                headings.put(normalised(section.title()), section.code());
                for (Question question : section.questions()) {
                    questions.put(normalised(question.text()), question);
                    for (Item item : question.items()) {
                        items.put(normalised(item.text()), item);
                        questionOfItem.put(item, question);
                    }
                }
            }
        }

        SpringPage read(String page) {
            for (String raw : page.split("\\R")) {
                String line = raw.strip();
                if (line.isEmpty() || normalised(line).equals(normalised(TITLE)) || headings.containsKey(normalised(line))) {
                    continue;
                }
                Question question = questions.get(normalised(line));
                if (question != null) {
                    flush();
                    owner = question;
                    continue;
                }
                if (normalised(line).equals(normalised(CHECKLIST))) {
                    inTools = false;
                    continue;
                }
                if (line.regionMatches(true, 0, TOOLS, 0, TOOLS.length())) {
                    inTools = true;
                    addTool(line.substring(TOOLS.length()));
                    continue;
                }
                if (checklistItem(line)) {
                    continue;
                }
                if (inTools) {
                    addTool(line);
                } else {
                    if (owner != null && marksOf(owner)) {
                        // prose after a checklist, without a guiding question: the next question's narrative
                        flush();
                        owner = null;
                    }
                    pendingNarrative.add(line);
                }
            }
            flush();
            var answers = new LinkedHashMap<String, Answer>();
            for (var code : union()) {
                var text = narratives.getOrDefault(code, List.of());
                answers.put(code, new Answer(text.isEmpty() ? null : String.join("\n\n", text),
                        tools.getOrDefault(code, List.of())));
            }
            return new SpringPage(answers, marks, unrecognised);
        }

        private boolean checklistItem(String line) {
            Matcher marked = MARKED.matcher(line);
            Mark mark = Mark.UNMARKED;
            String text = line;
            if (marked.matches()) {
                mark = marked.group(1).equals("✓") || marked.group(1).equals("✔") ? Mark.MET : Mark.NOT_MET;
                text = marked.group(2);
            }
            Item item = items.get(normalised(text));
            if (item == null) {
                if (marked.matches()) {
                    unrecognised.add(line);
                    return true;
                }
                return false;
            }
            Question question = questionOfItem.get(item);
            if (owner != question) {
                if (owner != null && !marksOf(owner)) {
                    flush();
                }
                owner = question;
            }
            flush();
            inTools = false;
            marks.put(item.code(), mark);
            return true;
        }

        private boolean marksOf(Question question) {
            return question.items().stream().anyMatch(item -> marks.containsKey(item.code()));
        }

        private void addTool(String tool) {
            String cleaned = tool.strip();
            while (cleaned.regionMatches(true, 0, TOOLS, 0, TOOLS.length())) {
                cleaned = cleaned.substring(TOOLS.length()).strip();
            }
            if (!cleaned.isEmpty()) {
                pendingTools.add(cleaned);
            }
        }

        /** Gives the pending text to its question; text whose question never shows is dropped. */
        private void flush() {
            if (owner != null) {
                narratives.computeIfAbsent(owner.code(), any -> new ArrayList<>()).addAll(pendingNarrative);
                tools.computeIfAbsent(owner.code(), any -> new ArrayList<>()).addAll(pendingTools);
                pendingNarrative.clear();
                pendingTools.clear();
            }
        }

        private List<String> union() {
            var codes = new ArrayList<String>();
            narratives.forEach((code, text) -> {
                if (!text.isEmpty() || !tools.getOrDefault(code, List.of()).isEmpty()) {
                    codes.add(code);
                }
            });
            tools.forEach((code, list) -> {
                if (!list.isEmpty() && !codes.contains(code)) {
                    codes.add(code);
                }
            });
            return codes;
        }
    }
}
