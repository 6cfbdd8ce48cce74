package org.inclusio.feedback;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;
import java.util.Optional;

/** The "you said, we did" entries of the current organisation, and the public page of any organisation. */
public interface YouSaidWeDidService {

    @PreAuthorize(FeedbackChannelService.MANAGE)
    YouSaidWeDid publish(@Valid YouSaidWeDid.Details details);

    @PreAuthorize(FeedbackChannelService.MANAGE)
    YouSaidWeDid update(YouSaidWeDidId id, long expectedVersion, @Valid YouSaidWeDid.Details details);

    /** Newest first. Those who triage and those who publish read them. */
    @PreAuthorize(FeedbackService.TRIAGE + " or " + FeedbackChannelService.MANAGE)
    List<YouSaidWeDid> list();

    /**
     * The public page of the organisation with this slug, newest first, in {@code language} where an entry has it and
     * in the organisation's default language otherwise; empty for an unknown slug. No authentication.
     */
    Optional<PublicPage> publicPage(String organisationSlug, String language);

    /** @param languages the languages the organisation's feedback channels offer, for the language switch */
    record PublicPage(String organisationName, List<String> languages, List<YouSaidWeDid.Published> entries) {

        public PublicPage {
            languages = List.copyOf(languages);
            entries = List.copyOf(entries);
        }
    }
}
