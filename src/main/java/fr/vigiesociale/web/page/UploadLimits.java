package fr.vigiesociale.web.page;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the size limit is refused while the request is parsed, before any controller is
 * chosen, so this advice applies everywhere (the API takes no uploads).
 */
@ControllerAdvice
class UploadLimits {

    @ExceptionHandler
    ModelAndView tooLarge(MaxUploadSizeExceededException e) {
        return PageErrors.page(HttpStatus.CONTENT_TOO_LARGE, "web.error.tooLarge");
    }
}
