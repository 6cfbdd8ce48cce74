package org.inclusio.identity.internal;

import org.springframework.security.test.context.support.WithSecurityContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Runs a test signed in as a demo account, resolved like a real staff sign-in (see {@link TestSignIn}). */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@WithSecurityContext(factory = WithDemoUserFactory.class)
public @interface WithDemoUser {

    String value();
}
