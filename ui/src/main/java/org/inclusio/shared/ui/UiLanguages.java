package org.inclusio.shared.ui;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Locale;

/**
 * The languages of the staff UI. Every text comes from the bundles {@code vaadin-i18n/translations*.properties};
 * adding a language means adding a bundle and its locale here.
 */
@Configuration(proxyBeanMethods = false)
class UiLanguages {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("cs"));

    @Bean
    I18NProvider i18nProvider() {
        return new DefaultI18NProvider(SUPPORTED);
    }
}
