package org.inclusio.identity;

import org.inclusio.AdjustableClock;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * For the sign-in tests: a clock the tests move forward instead of waiting for locks to end, and the application's
 * password encoder wrapped so that a test can see how often a password was compared with a hash.
 */
@TestConfiguration(proxyBeanMethods = false)
class SignInTestConfiguration {


    static final class CountingPasswordEncoder implements PasswordEncoder {

        private final PasswordEncoder encoder;
        private final AtomicInteger comparisons = new AtomicInteger();

        CountingPasswordEncoder(PasswordEncoder encoder) {
            this.encoder = encoder;
        }

        int comparisons() {
            return comparisons.get();
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return encoder.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            comparisons.incrementAndGet();
            return encoder.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return encoder.upgradeEncoding(encodedPassword);
        }
    }

    @Bean
    @Primary
    AdjustableClock adjustableClock() {
        return new AdjustableClock(Instant.now());
    }

    @Bean
    static BeanPostProcessor countingPasswordEncoder() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof PasswordEncoder encoder && "passwordEncoder".equals(beanName)
                        ? new CountingPasswordEncoder(encoder) : bean;
            }
        };
    }
}
