package org.inclusio.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;

import java.util.Locale;

/**
 * Lets the user pick the UI language. The choice is kept in the session, so it applies to every view and tab, and
 * the page reloads so that everything on it is rendered in the new language.
 */
class LanguageSwitcher extends Select<Locale> {

    LanguageSwitcher() {
        setItems(UiLanguages.SUPPORTED);
        setItemLabelGenerator(locale -> capitalise(locale.getDisplayLanguage(locale), locale));
        setAriaLabel(getTranslation("layout.language"));
        setValue(closestSupported(getLocale()));
        addValueChangeListener(event -> {
            if (event.getValue() != null && !event.getValue().equals(event.getOldValue())) {
                VaadinSession.getCurrent().setLocale(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        addClassName("language-switcher");
    }

    private static Locale closestSupported(Locale locale) {
        return UiLanguages.SUPPORTED.stream()
                .filter(supported -> supported.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(UiLanguages.SUPPORTED.getFirst());
    }

    private static String capitalise(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
