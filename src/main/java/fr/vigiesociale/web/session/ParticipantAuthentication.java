package fr.vigiesociale.web.session;

import fr.vigiesociale.session.Participant;
import fr.vigiesociale.session.SessionService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Participants do not have accounts: joining gives their browser a random token (cookie
 * {@value #COOKIE}, HttpOnly), stored server-side only as its hash. On {@code /participant/**}
 * this filter turns a valid token into a participant identity. It survives a server restart: the
 * participant is in the database, not in the HTTP session.
 */
public final class ParticipantAuthentication extends OncePerRequestFilter {

    public static final String COOKIE = "vigie-participant";
    static final String ROLE = "PARTICIPANT";

    private final SessionService sessions;

    public ParticipantAuthentication(SessionService sessions) {
        this.sessions = sessions;
    }

    /** The signed-in participant of the current request. */
    public static final class Token extends AbstractAuthenticationToken {
        private final transient Participant participant;

        Token(Participant participant) {
            super(List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
            this.participant = participant;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Participant getPrincipal() {
            return participant;
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/participant");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        token(request).flatMap(sessions::participant).ifPresent(p -> {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new Token(p));
            SecurityContextHolder.setContext(context);
        });
        chain.doFilter(request, response);
    }

    static Optional<String> token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(c -> c.getName().equals(COOKIE)).map(Cookie::getValue).findFirst();
    }
}
