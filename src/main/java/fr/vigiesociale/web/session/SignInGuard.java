package fr.vigiesociale.web.session;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The trainer's sign-in, guarded against password guessing: a wrong password is counted for the
 * address it came from ({@link GuessLimits}); past the limit, the sign-in form is refused before
 * the password is even checked, and the page says how many minutes to wait. A right password
 * clears the count.
 */
public final class SignInGuard extends OncePerRequestFilter implements AuthenticationFailureHandler, AuthenticationSuccessHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SignInGuard.class);

    private final FailedAttempts attempts;
    private final String loginPage;
    private final String home;

    public SignInGuard(GuessLimits limits, String loginPage, String home) {
        this.attempts = limits.signIn();
        this.loginPage = loginPage;
        this.home = home;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && request.getRequestURI().equals(request.getContextPath() + loginPage));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Duration wait = attempts.waitFor(request.getRemoteAddr());
        if (!wait.isZero()) {
            response.sendRedirect(request.getContextPath() + loginPage + "?bloque=" + GuessLimits.minutes(wait));
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        attempts.failed(request.getRemoteAddr());
        LOG.warn("Wrong trainer password from {}", request.getRemoteAddr());
        response.sendRedirect(request.getContextPath() + loginPage + "?erreur");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        attempts.succeeded(request.getRemoteAddr());
        response.sendRedirect(request.getContextPath() + home);
    }
}
