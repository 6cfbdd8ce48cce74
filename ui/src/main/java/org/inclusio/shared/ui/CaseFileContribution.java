package org.inclusio.shared.ui;

import com.vaadin.flow.component.Component;
import org.jspecify.annotations.Nullable;

import java.util.Optional;
import java.util.UUID;

/**
 * A tab another feature adds to a case file's page (consultations add the timeline with "log a consultation",
 * follow-ups and referrals), so that the case file view needs to know no feature that builds on case files.
 */
public interface CaseFileContribution {

    /**
     * What a tab may know of the case file it is shown on. The shared kernel knows no feature's types, so the id is
     * its value.
     */
    record CaseFileContext(UUID id, String caseNumber, boolean open, @Nullable String preferredLanguage) {
    }

    /** The tab's name in the URL ({@code ?tab=timeline}). */
    String id();

    /** The message key of the tab's title. */
    String title();

    /** Position among the tabs, from the start; the first one is shown when the URL names none. */
    int order();

    /** A new component for one UI, or nothing when it does not apply to the current user or case file. */
    Optional<Component> create(CaseFileContext caseFile);
}
