package fr.vigiesociale.web.api;

import fr.vigiesociale.exercise.InvalidExerciseException;
import fr.vigiesociale.i18n.Messages;
import fr.vigiesociale.i18n.ScenarioErrorText;
import fr.vigiesociale.scenario.InvalidScenarioException;
import fr.vigiesociale.scenario.ScenarioError;
import fr.vigiesociale.scenario.ScenarioReader;
import fr.vigiesociale.web.Problems;
import fr.vigiesociale.web.ScenarioInput;
import fr.vigiesociale.web.support.Langs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as an RFC 9457 problem+json document, in the request's language ({@code ?lang=}):
 * a stable {@code type}, a title, a detail a person can act on, and for an invalid scenario every
 * error with its field, line, column and message (the command line's messages). Spring's own
 * errors (405, 406, 415…) come out as problem documents too, from the parent class. Unexpected
 * failures are logged and answered with a generic 500: no stack trace, no internal message.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler
    ProblemDetail invalidScenario(InvalidScenarioException e) {
        return invalid("invalid-scenario", "problem.invalidScenario", e.errors());
    }

    @ExceptionHandler
    ProblemDetail invalidExercise(InvalidExerciseException e) {
        return invalid("invalid-exercise", "problem.invalidExercise", e.errors());
    }

    /** A 422 listing every error of the file sent. */
    private static ProblemDetail invalid(String type, String key, List<ScenarioError> errors) {
        Messages m = Messages.of(Langs.current());
        ProblemDetail p = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, type, key, errors.size());
        p.setProperty("errors", errors.stream().map(x -> error(x, m)).toList());
        return p;
    }

    @ExceptionHandler
    ProblemDetail unknownExercise(ExerciseApi.UnknownExerciseException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "unknown-exercise", "problem.unknownExercise", e.id);
    }

    @ExceptionHandler
    ProblemDetail tooLarge(ScenarioInput.PayloadTooLargeException e) {
        return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "problem.tooLarge",
                ScenarioReader.MAX_BYTES / 1024);
    }

    @ExceptionHandler
    ProblemDetail unsupportedType(ApiRequests.UnsupportedScenarioTypeException e) {
        return Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "problem.unsupportedType",
                e.type == null ? "—" : e.type, ScenarioInput.ACCEPTED_TYPES);
    }

    @ExceptionHandler
    ProblemDetail badParameter(ApiRequests.BadParameterException e) {
        ProblemDetail p = Problems.of(HttpStatus.BAD_REQUEST, "bad-parameter", "problem.badParameter",
                e.name, e.value, e.allowed);
        p.setProperty("parameter", e.name);
        p.setProperty("allowed", List.of(e.allowed.split(", ")));
        return p;
    }

    /** A required parameter left out ({@code q} of the territory search): named, in the request's language. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail p = Problems.of(HttpStatus.BAD_REQUEST, "missing-parameter", "problem.missingParameter",
                e.getParameterName());
        p.setProperty("parameter", e.getParameterName());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    @ExceptionHandler
    ProblemDetail unknownScenario(ScenarioApi.UnknownScenarioException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "unknown-scenario", "problem.unknownScenario", e.id);
    }

    @ExceptionHandler
    ProblemDetail unexpected(RuntimeException e) {
        LOG.error("Unexpected error in the API", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "problem.internal");
    }

    /** One scenario error: field path, position when known, message code and the text the CLI prints. */
    private static Map<String, Object> error(ScenarioError e, Messages m) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("field", e.path());
        if (e.line() > 0) {
            n.put("line", e.line());
            n.put("column", e.column());
        }
        n.put("code", e.code());
        n.put("message", ScenarioErrorText.of(e, m));
        return n;
    }
}
