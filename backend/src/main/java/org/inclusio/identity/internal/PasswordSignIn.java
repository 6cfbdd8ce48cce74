package org.inclusio.identity.internal;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The embedded issuer's username and password check, in this order: refuse at once while the attempt is locked
 * (unknown accounts lock exactly like known ones); check the password, always with one bcrypt comparison (a dummy
 * one for unknown accounts); only then refuse disabled or unusable accounts, with the same generic error. Failures
 * go to the throttle and, once per burst, to the audit log.
 */
class PasswordSignIn implements AuthenticationProvider {

    /** Refused because of earlier failures; the sign-in page says how long to wait. */
    static final class SignInLockedException extends AccountStatusException {

        private final Duration retryAfter;

        SignInLockedException(Duration retryAfter) {
            super("Too many failed attempts");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final SignInAuditing auditing;

    PasswordSignIn(UserDetailsService accounts, PasswordEncoder encoder, SignInThrottle throttle,
                   SignInAuditing auditing) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(new BcryptLimit(encoder));
        this.passwords.setPreAuthenticationChecks(account -> {
        });
        this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.passwords.afterPropertiesSet();
        this.throttle = throttle;
        this.auditing = auditing;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        var attempt = SignInThrottle.Attempt.person(username, addressOf(authentication));
        var locked = throttle.lockedFor(attempt);
        if (locked.isPresent()) {
            throw new SignInLockedException(locked.get());
        }
        try {
            Authentication signedIn = passwords.authenticate(authentication);
            throttle.succeeded(attempt);
            return signedIn;
        } catch (InternalAuthenticationServiceException unavailable) {
            throw unavailable;
        } catch (AuthenticationException refused) {
            var failure = throttle.failed(attempt);
            auditing.refused(username, refused.getClass().getSimpleName(), failure);
            var retryAfter = failure.retryAfter();
            if (retryAfter.isPresent()) {
                throw new SignInLockedException(retryAfter.get());
            }
            throw refused;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
    }

    /**
     * bcrypt reads at most 72 bytes and Spring's encoder refuses longer input with an exception (a 500). Such a
     * password cannot be anybody's here (a password change refuses it), so it is simply wrong — after a comparison
     * that takes as long as any other.
     */
    record BcryptLimit(PasswordEncoder encoder) implements PasswordEncoder {

        static boolean fits(CharSequence password) {
            return password.toString().getBytes(StandardCharsets.UTF_8).length
                    <= ProfileServiceImpl.MAXIMUM_PASSWORD_BYTES;
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return encoder.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            if (fits(rawPassword)) {
                return encoder.matches(rawPassword, encodedPassword);
            }
            encoder.matches("", encodedPassword);
            return false;
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return encoder.upgradeEncoding(encodedPassword);
        }
    }
}
