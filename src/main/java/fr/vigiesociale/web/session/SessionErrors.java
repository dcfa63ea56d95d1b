package fr.vigiesociale.web.session;

import fr.vigiesociale.session.SessionException;
import fr.vigiesociale.web.support.ErrorPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A refused session action shows the error page with the reason (403, 404 or 409), never a stack trace. */
@ControllerAdvice(basePackageClasses = SessionErrors.class)
class SessionErrors {

    private static final Logger LOG = LoggerFactory.getLogger(SessionErrors.class);

    @ExceptionHandler
    ModelAndView refused(SessionException e) {
        HttpStatus status = switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return ErrorPage.of(status, e.messageKey(), e.args().toArray());
    }

    /** Two clicks on the same clock at once: the second is refused, nothing is half-done. */
    @ExceptionHandler
    ModelAndView clash(OptimisticLockingFailureException e) {
        return ErrorPage.of(HttpStatus.CONFLICT, "web.session.clash");
    }

    /** A value a form cannot carry (an id that is not a number, "maybe" for yes or no): refused with the field's name. */
    @ExceptionHandler
    ModelAndView badValue(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException e) {
        return ErrorPage.of(HttpStatus.BAD_REQUEST, "web.error.badValue", String.valueOf(e.getValue()), e.getName());
    }

    @ExceptionHandler
    ModelAndView missingValue(org.springframework.web.bind.MissingServletRequestParameterException e) {
        return ErrorPage.of(HttpStatus.BAD_REQUEST, "web.error.missingValue", e.getParameterName());
    }

    @ExceptionHandler
    ModelAndView unexpected(RuntimeException e) {
        LOG.error("Unexpected error on a session page", e);
        return ErrorPage.of(HttpStatus.INTERNAL_SERVER_ERROR, "web.error.internal");
    }
}
