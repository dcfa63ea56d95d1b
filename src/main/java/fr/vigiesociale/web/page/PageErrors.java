package fr.vigiesociale.web.page;

import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.scenario.InvalidScenarioException;
import fr.vigiesociale.web.ScenarioInput;
import fr.vigiesociale.web.support.ErrorPage;
import fr.vigiesociale.web.support.Langs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the pages, shown as a French page that says what happened and what to do: never a
 * stack trace, never an internal message. Unexpected failures are logged for the administrator.
 */
@ControllerAdvice(basePackageClasses = PageErrors.class)
class PageErrors {

    private static final Logger LOG = LoggerFactory.getLogger(PageErrors.class);
    static final String VIEW = ErrorPage.VIEW;

    @ExceptionHandler
    ModelAndView notFound(Pages.PageNotFoundException e) {
        return page(HttpStatus.NOT_FOUND, "web.error.unknownScenario", e.getMessage());
    }

    /** A hidden scenario field that does not read back: tampered, or cut by a proxy. */
    @ExceptionHandler
    ModelAndView badCarriedScenario(InvalidScenarioException e) {
        Messages m = Messages.of(Langs.current());
        ModelAndView mv = page(HttpStatus.BAD_REQUEST, "web.error.badScenario");
        mv.addObject("details", e.errors().stream().map(x -> m.describe(e.source(), x)).toList());
        return mv;
    }

    @ExceptionHandler
    ModelAndView tooLarge(ScenarioInput.PayloadTooLargeException e) {
        return page(HttpStatus.CONTENT_TOO_LARGE, "web.error.tooLarge");
    }

    @ExceptionHandler
    ModelAndView unexpected(RuntimeException e) {
        LOG.error("Unexpected error on a page", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "web.error.internal");
    }

    static ModelAndView page(HttpStatus status, String key, Object... args) {
        return ErrorPage.of(status, key, args);
    }
}
