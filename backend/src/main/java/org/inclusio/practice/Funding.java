package org.inclusio.practice;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Money for the practice from one funder. The amount and its currency go together.
 *
 * @param currency ISO 4217 code, e.g. {@code EUR}
 */
public record Funding(@NotBlank @Size(max = 200) String funder, @NotNull FundingType type,
                      @Nullable @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal amount,
                      @Nullable @Pattern(regexp = "[A-Z]{3}", message = "{inclusio.iso4217}") String currency,
                      @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {

    public Funding {
        funder = funder == null ? null : funder.strip();
        currency = currency == null || currency.isBlank() ? null : currency.strip();
    }
}
