package org.inclusio.assessment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * What the person brings (the handbook asks for capacities, not only needs).
 *
 * @param languages ISO 639 codes of the languages the person speaks
 * @param qualificationsToRecognise diplomas and qualifications from abroad that need recognition
 */
public record Capacities(@NotNull EducationLevel educationLevel,
                         @Size(max = 20) List<@NotNull @Pattern(regexp = "[a-z]{2,3}", message = "{inclusio.iso639}") String> languages,
                         @Nullable @Size(max = 2000) String workExperience,
                         @Nullable @Size(max = 2000) String qualificationsToRecognise) {

    public static final Capacities NONE = new Capacities(EducationLevel.NOT_STATED, List.of(), null, null);

    @SuppressWarnings("ConstantValue")
    public Capacities {
        educationLevel = educationLevel == null ? EducationLevel.NOT_STATED : educationLevel;
        languages = languages == null ? List.of() : List.copyOf(languages);
        workExperience = workExperience == null || workExperience.isBlank() ? null : workExperience.strip();
        qualificationsToRecognise = qualificationsToRecognise == null || qualificationsToRecognise.isBlank() ? null
                : qualificationsToRecognise.strip();
    }
}
