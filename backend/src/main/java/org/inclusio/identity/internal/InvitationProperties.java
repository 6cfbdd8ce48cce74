package org.inclusio.identity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Invitations to join an organisation.
 *
 * @param validity how long an invitation link can be used ({@code INCLUSIO_INVITATIONS_VALIDITY}, e.g. {@code 72h})
 * @param baseUrl where people reach Inclusio, the start of every invitation link
 *                ({@code INCLUSIO_INVITATIONS_BASE_URL}); by default the embedded issuer's address
 * @param mailFrom the sender of invitation e-mails ({@code INCLUSIO_INVITATIONS_MAIL_FROM}); e-mail is sent only
 *                 when {@code spring.mail.host} is set
 */
@ConfigurationProperties("inclusio.invitations")
record InvitationProperties(@DefaultValue("72h") Duration validity,
                            @Nullable String baseUrl,
                            @DefaultValue("inclusio@localhost") String mailFrom) {

    String link(IdentityProperties identity, String token) {
        String base = baseUrl != null && !baseUrl.isBlank() ? baseUrl : identity.embeddedIssuerUri();
        return base.replaceAll("/+$", "") + "/invitation/" + token;
    }
}
