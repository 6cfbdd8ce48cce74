package org.inclusio.shared.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Countries (ISO 3166-1 alpha-2, {@code UA}) and languages (ISO 639-1, {@code uk}) as the services store them, shown
 * by their names in the language of the UI and sorted by those names.
 */
public final class IsoCodes {

    private IsoCodes() {
    }

    public static void countries(MultiSelectComboBox<String> field, Locale locale) {
        List<String> codes = sorted(Locale.getISOCountries(), code -> countryName(code, locale));
        field.setItems(codes);
        field.setItemLabelGenerator(code -> countryName(code, locale));
    }

    public static void languages(MultiSelectComboBox<String> field, Locale locale) {
        field.setItems(languageCodes(locale));
        field.setItemLabelGenerator(code -> languageName(code, locale));
    }

    public static void languages(ComboBox<String> field, Locale locale) {
        field.setItems(languageCodes(locale));
        field.setItemLabelGenerator(code -> languageName(code, locale));
    }

    public static void countries(ComboBox<String> field, Locale locale) {
        field.setItems(sorted(Locale.getISOCountries(), code -> countryName(code, locale)));
        field.setItemLabelGenerator(code -> countryName(code, locale));
    }

    public static String countryName(String code, Locale locale) {
        return Locale.of("", code).getDisplayCountry(locale);
    }

    public static String languageName(String code, Locale locale) {
        return Locale.of(code).getDisplayLanguage(locale);
    }

    private static List<String> languageCodes(Locale locale) {
        return sorted(Locale.getISOLanguages(), code -> languageName(code, locale));
    }

    private static List<String> sorted(String[] codes, Function<String, String> name) {
        return Arrays.stream(codes).sorted(Comparator.comparing(name)).toList();
    }
}
