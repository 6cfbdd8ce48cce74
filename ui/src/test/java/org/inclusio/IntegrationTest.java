package org.inclusio;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A full application context on a random port against the real embedded PostgreSQL, which is started once per
 * test JVM (data in {@code target/test-data}) and shared by every context. Every integration test gets the same
 * context configuration (a {@code RestTestClient} included), so the tests of one JVM share one context: a second
 * context in the same JVM replaces Spring Security's JVM-wide context holder strategy under the first one's server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureRestTestClient
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface IntegrationTest {
}
