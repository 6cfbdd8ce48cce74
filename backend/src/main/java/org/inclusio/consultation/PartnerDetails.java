package org.inclusio.consultation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.inclusio.tenant.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A partner as added to or corrected in the directory. The name is unique in the directory; {@code organisation}
 * must be another Inclusio organisation.
 */
public record PartnerDetails(@NotBlank @Size(max = 200) String name, @NotNull PartnerKind kind,
                             @Nullable @Email @Size(max = 254) String email,
                             @Nullable @Size(max = 40) @Pattern(regexp = "[+0-9 ()/-]{3,40}",
                                     message = "{inclusio.phone}") String phone,
                             @Nullable TenantId organisation) {

    @SuppressWarnings("ConstantValue")
    public PartnerDetails {
        name = name == null ? null : name.strip();
        email = email == null || email.isBlank() ? null : email.strip();
        phone = phone == null || phone.isBlank() ? null : phone.strip();
    }
}
