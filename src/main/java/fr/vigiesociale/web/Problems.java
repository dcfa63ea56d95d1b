package fr.vigiesociale.web;

import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.web.support.Langs;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem documents in the request's language: a title ({@code <key>.title}) and a
 * detail ({@code <key>.detail}) from the message bundles, and a stable type URN when one is known.
 */
public final class Problems {

    /** Problem types are {@code urn:vigie-sociale:problem:<name>}. */
    public static final String TYPE_PREFIX = "urn:vigie-sociale:problem:";

    private Problems() {
    }

    /** @param type the problem's name ({@code invalid-scenario}), or {@code null} for {@code about:blank} */
    public static ProblemDetail of(HttpStatus status, String type, String key, Object... args) {
        Messages m = Messages.of(Langs.current());
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, m.get(key + ".detail", args));
        p.setTitle(m.get(key + ".title"));
        if (type != null) {
            p.setType(URI.create(TYPE_PREFIX + type));
        }
        return p;
    }
}
