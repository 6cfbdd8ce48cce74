package org.inclusio.feedback;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.inclusio.shared.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;

/**
 * How the current organisation handles feedback: its service levels and its coding framework (seeded with a sector
 * framework for every organisation, editable).
 */
public interface FeedbackSetup {

    /** Days to acknowledge and to answer feedback; the thank-you page tells the person the answer day. */
    record ServiceLevels(@Min(1) @Max(60) int acknowledgeDays, @Min(1) @Max(120) int answerDays) {
    }

    /** A new code, or new words for an existing one. */
    record CodeDetails(@Pattern(regexp = "[a-z0-9.-]{1,80}") String key, @NotBlank @Size(max = 200) String category,
                       @NotBlank @Size(max = 200) String label) {
    }

    @PreAuthorize(FeedbackService.ENTER)
    ServiceLevels serviceLevels();

    @PreAuthorize(FeedbackChannelService.MANAGE)
    ServiceLevels changeServiceLevels(@Valid ServiceLevels levels);

    /** Every code, by category and label; retired codes last. Those who triage and those who edit it read it. */
    @PreAuthorize(FeedbackService.TRIAGE + " or " + FeedbackChannelService.MANAGE)
    List<FeedbackCode> codes();

    @PreAuthorize(FeedbackChannelService.MANAGE)
    FeedbackCode addCode(@Valid CodeDetails details);

    @PreAuthorize(FeedbackChannelService.MANAGE)
    FeedbackCode changeCode(FeedbackCodeId id, @Valid CodeDetails details);

    @PreAuthorize(FeedbackChannelService.MANAGE)
    FeedbackCode retireCode(FeedbackCodeId id);
}
