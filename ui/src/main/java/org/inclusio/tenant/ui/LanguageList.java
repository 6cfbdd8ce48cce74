package org.inclusio.tenant.ui;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;

import java.util.Arrays;
import java.util.List;

/** Languages typed as {@code cs, en, uk}: one text field for the list of language tags. */
class LanguageList implements Converter<String, List<String>> {

    @Override
    public Result<List<String>> convertToModel(String text, ValueContext context) {
        return Result.ok(Arrays.stream(text == null ? new String[0] : text.split(","))
                .map(String::strip).filter(tag -> !tag.isEmpty()).toList());
    }

    @Override
    public String convertToPresentation(List<String> languages, ValueContext context) {
        return languages == null ? "" : String.join(", ", languages);
    }
}
