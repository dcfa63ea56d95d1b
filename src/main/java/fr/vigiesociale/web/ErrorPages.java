package fr.vigiesociale.web;

import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.web.support.Langs;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors raised outside any controller (an unknown address, a method no endpoint takes, a request
 * the server refuses): a problem+json document under {@code /api/}, the French error page
 * elsewhere. Replaces Spring Boot's default error controller, which would show its own JSON.
 */
@Controller
class ErrorPages implements ErrorController {

    static final String PATH = "/error";

    @RequestMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    Object html(HttpServletRequest request) {
        HttpStatus status = status(request);
        if (isApi(request)) {
            return problem(request, status);
        }
        ModelAndView mv = new ModelAndView("error", status);
        mv.addObject("status", status.value());
        mv.addObject("lang", Langs.current().code());
        return mv;
    }

    @RequestMapping(PATH)
    ResponseEntity<ProblemDetail> other(HttpServletRequest request) {
        return problem(request, status(request));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpStatus status) {
        String key = Messages.of(Langs.current()).has("problem.status." + status.value() + ".title")
                ? "problem.status." + status.value() : "problem.status.other";
        ProblemDetail p = Problems.of(status, null, key, status.value());
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            p.setInstance(URI.create(uri.toString()));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith(request.getContextPath() + "/api/");
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
