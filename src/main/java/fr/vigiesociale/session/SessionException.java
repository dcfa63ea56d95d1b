package fr.vigiesociale.session;

import java.util.List;

/**
 * A session operation refused for a reason the user can act on: an unknown join code, a trainer
 * moving another trainer's clock, a participant touching another institution's answer… The
 * message is {@code session.error.<code>} in the bundles; {@code field} names the form field at
 * fault, if any.
 */
public final class SessionException extends RuntimeException {

    /** What kind of refusal, for the HTTP status. */
    public enum Kind { NOT_FOUND, FORBIDDEN, CONFLICT, INVALID }

    private final Kind kind;
    private final String code;
    private final String field;
    private final transient List<Object> args;

    public SessionException(Kind kind, String code, String field, Object... args) {
        super(code + (field == null ? "" : " (" + field + ")"));
        this.kind = kind;
        this.code = code;
        this.field = field;
        this.args = List.of(args);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "session.error." + code;
    }

    /** The form field at fault, or {@code null}. */
    public String field() {
        return field;
    }

    public List<Object> args() {
        return args;
    }

    static SessionException notFound(String code, Object... args) {
        return new SessionException(Kind.NOT_FOUND, code, null, args);
    }

    static SessionException forbidden(String code, Object... args) {
        return new SessionException(Kind.FORBIDDEN, code, null, args);
    }

    static SessionException conflict(String code, Object... args) {
        return new SessionException(Kind.CONFLICT, code, null, args);
    }

    static SessionException invalid(String field, String code, Object... args) {
        return new SessionException(Kind.INVALID, code, field, args);
    }

    /** A participant asks for the debrief before the trainer has opened it. */
    public static SessionException forbiddenDebrief() {
        return forbidden("debriefNotShared");
    }

    /** Too many wrong join codes from one address, or from everywhere: wait {@code minutes} before trying again. */
    public static SessionException tooManyCodes(long minutes) {
        return new SessionException(Kind.INVALID, "tooManyCodes", "code", minutes);
    }
}
