package org.inclusio.feedback;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a manager sets on a feedback channel.
 *
 * @param practice         the practice the channel collects feedback on, or none
 * @param languages        language codes the public form is offered in, the first is its default
 * @param opensOn          the first day submissions are taken
 * @param closesOn         the last day, or open-ended
 * @param recurrenceMonths a survey round every so many months (e.g. 6), or {@code null} for a channel that is always
 *                         open
 * @param questions        the extra questions, asked after overall satisfaction
 */
public record ChannelDetails(@NotBlank @Size(max = 200) String name, @Nullable UUID practice,
                            @NotEmpty @Size(max = 20) List<@NotBlank String> languages, @NotNull LocalDate opensOn,
                            @Nullable LocalDate closesOn, @Nullable @Min(1) @Max(24) Integer recurrenceMonths,
                            @Size(max = 20) List<@Valid Question> questions) {

    public ChannelDetails {
        languages = List.copyOf(languages);
        questions = List.copyOf(questions);
    }
}
