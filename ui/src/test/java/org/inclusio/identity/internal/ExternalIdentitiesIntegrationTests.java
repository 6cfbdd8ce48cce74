package org.inclusio.identity.internal;

import org.inclusio.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People of an external issuer are linked once by {@code preferred_username} and known by issuer and subject
 * afterwards. Each run uses an issuer of its own, so the links of earlier runs in the kept test database do not count.
 */
@IntegrationTest
class ExternalIdentitiesIntegrationTests {

    @Autowired
    ExternalIdentities identities;

    @Value("${inclusio.security.embedded-issuer-uri}")
    String embeddedIssuer;

    final String keycloak = "https://sso.example.test/realms/" + UUID.randomUUID();

    @Test
    void aRenamedUserKeepsTheirAccountAndTheOldUsernameDoesNotPassToSomeoneElse() {
        assertThat(identities.username(keycloak, "subject-of-anna", "city-manager")).contains("city-manager");

        assertThat(identities.username(keycloak, "subject-of-anna", "anna-renamed")).contains("city-manager");
        assertThat(identities.username(keycloak, "subject-of-anna", null)).contains("city-manager");
        assertThat(identities.username(keycloak, "subject-of-someone-else", "city-manager")).isEmpty();
    }

    @Test
    void anIdentityWithoutAMatchingAccountIsNotLinked() {
        assertThat(identities.username(keycloak, "subject-of-nobody", "no-such-account")).isEmpty();
        assertThat(identities.username(keycloak, "subject-of-nobody", null)).isEmpty();
    }

    @Test
    void theEmbeddedIssuersSubjectIsTheUsername() {
        assertThat(identities.username(embeddedIssuer, "city-admin", "something-else")).contains("city-admin");
    }
}
