package org.inclusio.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** @param name becomes part of the client id ({@code <organisation slug>-<name>}) */
public record CreateApiClient(
        @NotBlank @Size(max = 40) @Pattern(regexp = "[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?", message = "{inclusio.slug}") String name,
        @NotEmpty Set<@NotNull ApiScope> scopes) {
}
