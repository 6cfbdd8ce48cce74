package org.inclusio.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import org.inclusio.assessment.DomainNeed;
import org.inclusio.assessment.NeedLevel;
import org.inclusio.assessment.NeedsAssessment;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The course of a person's needs: one row per domain, one column per assessment (oldest on the left), each need a
 * mark whose height is its level, joined by a line. Server-rendered SVG, one colour (Okabe–Ito blue) plus the level
 * written under each mark, so it reads in print and without colour vision; a table with the same values follows it
 * for screen readers and for anyone who prefers numbers.
 */
final class NeedsChart {

    private static final int LABEL_WIDTH = 170;
    private static final int COLUMN_WIDTH = 96;
    private static final int ROW_HEIGHT = 46;
    private static final String INK = "#0072B2";

    private NeedsChart() {
    }

    /**
     * @param history     oldest first
     * @param translation message key → text in the reader's language
     */
    static Component of(List<NeedsAssessment> history, Function<String, String> translation, Locale locale) {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        Map<String, List<NeedLevel>> rows = new LinkedHashMap<>();
        for (int column = 0; column < history.size(); column++) {
            for (DomainNeed need : history.get(column).needs()) {
                var levels = rows.computeIfAbsent(need.code(), code -> new ArrayList<>(nulls(history.size())));
                levels.set(column, need.level());
            }
        }
        int width = LABEL_WIDTH + COLUMN_WIDTH * Math.max(1, history.size());
        int height = 24 + ROW_HEIGHT * rows.size();
        var svg = new StringBuilder();
        svg.append("<div class=\"needs-chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" aria-label=\"")
                .append(escape(translation.apply("assessment.chart.label"))).append("\">");
        for (int column = 0; column < history.size(); column++) {
            svg.append(text(LABEL_WIDTH + COLUMN_WIDTH * column + COLUMN_WIDTH / 2, 14,
                    dates.format(history.get(column).assessedOn()), "middle", "chart-date"));
        }
        int row = 0;
        for (var entry : rows.entrySet()) {
            int top = 24 + ROW_HEIGHT * row++;
            svg.append("<line x1=\"0\" x2=\"").append(width).append("\" y1=\"").append(top).append("\" y2=\"")
                    .append(top).append("\" stroke=\"#ddd\"/>");
            svg.append(text(4, top + ROW_HEIGHT / 2 + 4, translation.apply("assessment.domain." + entry.getKey()),
                    "start", "chart-domain"));
            var points = new StringBuilder();
            for (int column = 0; column < entry.getValue().size(); column++) {
                NeedLevel level = entry.getValue().get(column);
                if (level == null) {
                    continue;
                }
                int x = LABEL_WIDTH + COLUMN_WIDTH * column + COLUMN_WIDTH / 2;
                int y = top + 30 - 6 * level.ordinal();
                points.append(x).append(',').append(y).append(' ');
                svg.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"5\" fill=\"")
                        .append(INK).append("\"/>");
                svg.append(text(x, top + 42, translation.apply("assessment.level." + level.name()), "middle",
                        "chart-level"));
            }
            svg.append("<polyline fill=\"none\" stroke=\"").append(INK).append("\" stroke-width=\"2\" points=\"")
                    .append(points.toString().strip()).append("\"/>");
        }
        svg.append("</svg></div>");
        return new Html(svg.toString());
    }

    private static List<NeedLevel> nulls(int size) {
        var list = new ArrayList<NeedLevel>(size);
        for (int i = 0; i < size; i++) {
            list.add(null);
        }
        return list;
    }

    private static String text(int x, int y, String value, String anchor, String className) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" class=\"" + className
                + "\" font-size=\"12\" fill=\"#222\">" + escape(value) + "</text>";
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
