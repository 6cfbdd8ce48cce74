package org.inclusio.identity.internal;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

class WithDemoUserFactory implements WithSecurityContextFactory<WithDemoUser> {

    private final ApplicationContext context;

    WithDemoUserFactory(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public SecurityContext createSecurityContext(WithDemoUser annotation) {
        TestSignIn.as(context, annotation.value());
        SecurityContext signedIn = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        return signedIn;
    }
}
