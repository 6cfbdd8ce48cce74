package org.inclusio;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A full application context without a server, for tests that sign in on the test thread: browserless views and
 * services called directly. They run in a JVM of their own (surefire execution {@code signed-in-tests}) and share
 * this one context there. With no server, the test thread's security context cannot leak into request threads, and
 * the {@link IntegrationTest} context, which has a server, never shares their JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles("test")
public @interface SignedInTest {
}
