package org.inclusio.evaluation.internal;

import org.inclusio.evaluation.FrameworkDefinition;
import org.inclusio.evaluation.FrameworkDefinition.Question;
import org.inclusio.evaluation.FrameworkDefinition.Section;
import org.inclusio.evaluation.SpringPage;
import org.inclusio.evaluation.SpringPage.Mark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SPRING page layout read from the four published practice pages of seed 001, with what real pages do (two
 * criterion headings missing on every page, a whole guiding question missing on one, an item without a mark, "−"
 * for "–", a repeated "Inspiring tools:"), and written back without losing a mark or a narrative.
 */
class SpringPagesTests {

    static FrameworkDefinition spring;
    static List<String> practices;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream file = SpringPagesTests.class.getResourceAsStream(
                "/frameworks/spring-good-practice-criteria-v1.yaml")) {
            spring = new FrameworkDefinitions().readYaml(file);
        }
        String seed;
        try (InputStream file = SpringPagesTests.class.getResourceAsStream("/seeds/spring-practices.txt")) {
            seed = new String(file.readAllBytes(), StandardCharsets.UTF_8);
        }
        practices = new ArrayList<>();
        var page = new StringBuilder();
        for (String line : seed.split("\n")) {
            if (line.strip().equals("Inclusivity & Participation") && !page.toString().strip().equals(SpringPages.TITLE)
                    && !page.isEmpty()) {
                practices.add(page.toString());
                page.setLength(0);
            }
            page.append(line).append('\n');
        }
        practices.add(page.toString());
    }

    /** ✓ and – (or −) per criterion, and items listed without a mark, as counted on the published pages. */
    @ParameterizedTest(name = "practice {0}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | 9/0/0 11/0/0 7/3/0 4/2/0 4/0/0
            2 | 9/0/0 11/0/0 9/1/0 5/1/0 4/0/0
            3 | 8/1/0 10/0/1 8/2/0 3/0/0 4/0/0
            4 | 8/1/0 10/0/1 8/2/0 4/2/0 4/0/0""")
    void everyCriterionsMarksAreReadFromTheSeedPages(int practice, String expected) {
        assertThat(practices).hasSize(4);
        SpringPage page = SpringPages.read(spring, practices.get(practice - 1));

        assertThat(countsByCriterion(page)).isEqualTo(expected);
        assertThat(page.unrecognised()).isEmpty();
    }

    @Test
    void narrativesAndInspiringToolsGoToTheirGuidingQuestion() {
        SpringPage first = SpringPages.read(spring, practices.get(0));
        assertThat(first.answers().get("IP1").narrative()).startsWith("The project is aimed at two different target"
                + " groups").endsWith("a contact form for questions.");
        assertThat(first.answers().get("IP1").inspiringTools()).containsExactly(
                "The online qualification recognition portal.");
        assertThat(first.answers().get("PC2").inspiringTools()).containsExactly("Recommendations for regions.");
        assertThat(first.answers()).as("every question of the page has its narrative").hasSize(12);

        SpringPage third = SpringPages.read(spring, practices.get(2));
        assertThat(third.answers().get("RC2").inspiringTools()).as("'Inspiring tools:' written twice")
                .containsExactly("Interactive map.");
        assertThat(third.answers()).as("the page lacks the question on structural funding").doesNotContainKey("SU2");
        assertThat(third.marks()).doesNotContainKeys("SU2.1", "SU2.2", "SU2.3");
        assertThat(third.marks().get("RC2.3")).isEqualTo(Mark.UNMARKED);

        SpringPage fourth = SpringPages.read(spring, practices.get(3));
        assertThat(fourth.answers().get("PC2").narrative()).as("the site's footer after the last checklist is no"
                + " narrative").endsWith("(such as one for community planning).");
    }

    @Test
    void aMissingGuidingQuestionIsInferredFromItsItemsAndStrayLinesDoNotMatter() {
        String question = spring.sections().get(2).questions().get(1).text();
        String page = practices.get(0).replace(question + "\n", "").replace("\n\n", "\n\n\n")
                .replace("− Assess whether", "- Assess whether");
        SpringPage read = SpringPages.read(spring, page);

        assertThat(read.answers().get("EF2").narrative()).startsWith("The portal was continuously tested");
        assertThat(read.answers().get("EF1").narrative()).doesNotContain("continuously tested");
        assertThat(read.marks().get("EF2.5")).isEqualTo(Mark.NOT_MET);
        assertThat(countsByCriterion(read)).isEqualTo("9/0/0 11/0/0 7/3/0 4/2/0 4/0/0");
    }

    @Test
    void aWrittenPageReadsBackWithEveryMarkNarrativeAndTool() {
        for (String practice : practices) {
            SpringPage read = SpringPages.read(spring, practice);
            String written = SpringPages.write(spring, read);
            SpringPage again = SpringPages.read(spring, written);

            assertThat(again.marks()).isEqualTo(withUnlistedAsUnmarked(read.marks()));
            assertThat(again.answers()).isEqualTo(read.answers());
            assertThat(written).startsWith("Good Practice Criteria\n\nInclusivity & Participation\n\n")
                    .contains("\nGood practice checklist\n\n✓ ");
        }
    }

    /** The writer lists every item; one the page left out comes back as listed without a mark. */
    private static Map<String, Mark> withUnlistedAsUnmarked(Map<String, Mark> marks) {
        var all = new LinkedHashMap<String, Mark>();
        spring.items().forEach(item -> all.put(item.code(), marks.getOrDefault(item.code(), Mark.UNMARKED)));
        return all;
    }

    private static String countsByCriterion(SpringPage page) {
        var counts = new ArrayList<String>();
        for (Section section : spring.sections()) {
            int[] byMark = new int[3];
            for (Question question : section.questions()) {
                question.items().forEach(item -> {
                    Mark mark = page.marks().get(item.code());
                    if (mark != null) {
                        byMark[mark.ordinal()]++;
                    }
                });
            }
            counts.add(byMark[0] + "/" + byMark[1] + "/" + byMark[2]);
        }
        return String.join(" ", counts);
    }
}
