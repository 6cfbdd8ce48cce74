package org.inclusio.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A code of the organisation's coding framework, so that open feedback becomes countable: a category (e.g. "Housing")
 * and a code within it (e.g. "Housing: waiting time").
 *
 * @param key     stable, e.g. {@code housing.waiting-time}
 * @param retired retired codes stay on the feedback coded with them but are not offered any more
 */
public record FeedbackCode(FeedbackCodeId id, @Pattern(regexp = "[a-z0-9.-]{1,80}") String key,
                           @NotBlank @Size(max = 200) String category, @NotBlank @Size(max = 200) String label,
                           boolean retired) {
}
