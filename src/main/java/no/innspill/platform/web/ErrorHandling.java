package no.innspill.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import no.innspill.platform.ConflictException;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import no.innspill.platform.InvalidParameterException;
import no.innspill.platform.MalformedInputException;
import no.innspill.platform.NotFoundException;
import no.innspill.platform.UnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one place where errors become answers. The API ({@code /api/…}) gets
 * {@code application/problem+json} with a title, a detail the caller can act on and, for invalid
 * input, one entry per field; pages get an error page in the reader's language. Unexpected errors
 * are logged with an id and never shown.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @ExceptionHandler(InvalidInputException.class)
    Object invalid(InvalidInputException e, HttpServletRequest request) {
        return respond(request, HttpStatus.UNPROCESSABLE_CONTENT, "Invalid input", e.getMessage(),
                problem -> problem.setProperty("errors", e.errors().stream().map(ErrorHandling::toMap).toList()));
    }

    @ExceptionHandler(InvalidParameterException.class)
    Object invalidParameter(InvalidParameterException e, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, "Invalid parameter", e.getMessage(),
                problem -> problem.setProperty("errors", e.errors().stream().map(ErrorHandling::toMap).toList()));
    }

    @ExceptionHandler(MalformedInputException.class)
    Object malformed(MalformedInputException e, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, "Malformed request", e.getMessage(), null);
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request) {
        return respond(request, HttpStatus.NOT_FOUND, "Not found", e.getMessage(), null);
    }

    @ExceptionHandler(ConflictException.class)
    Object conflict(ConflictException e, HttpServletRequest request) {
        return respond(request, HttpStatus.CONFLICT, e.title(), e.getMessage(), null);
    }

    @ExceptionHandler(UnavailableException.class)
    Object unavailable(UnavailableException e, HttpServletRequest request) {
        Object answer = respond(request, HttpStatus.SERVICE_UNAVAILABLE, "Try again shortly", e.getMessage(), null);
        return answer instanceof ResponseEntity<?> entity
                ? ResponseEntity.status(entity.getStatusCode()).header("Retry-After", "5").body(entity.getBody())
                : answer;
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object forbidden(AccessDeniedException e, HttpServletRequest request) {
        return respond(request, HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, "Malformed request", "The request body is missing or cannot be read", null);
    }

    @ExceptionHandler(TypeMismatchException.class)
    Object typeMismatch(TypeMismatchException e, HttpServletRequest request) {
        String name = e.getPropertyName() == null ? "a parameter" : "'" + e.getPropertyName() + "'";
        String type = e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName().toLowerCase(java.util.Locale.ROOT);
        return respond(request, HttpStatus.BAD_REQUEST, "Malformed request", name + " must be of type " + type, null);
    }

    /** Spring's own request errors (unknown path, wrong method or media type, unreadable body) and the rest. */
    @ExceptionHandler(Exception.class)
    Object other(Exception e, HttpServletRequest request) {
        if (isUploadTooLarge(e)) {
            return respond(request, HttpStatus.CONTENT_TOO_LARGE, "Upload too large",
                    "A file, or the upload as a whole, is larger than Innspill takes (spring.servlet.multipart.*)", null);
        }
        String badParameter = badlyEncodedParameter(e);
        if (badParameter != null) {
            List<FieldError> errors = List.of(FieldError.of(badParameter, "is not valid percent-encoded UTF-8").withCode("encoding-invalid"));
            return respond(request, HttpStatus.BAD_REQUEST, "Invalid parameter", "A query parameter is not valid UTF-8",
                    problem -> problem.setProperty("errors", errors.stream().map(ErrorHandling::toMap).toList()));
        }
        if (e instanceof ErrorResponse known) {
            HttpStatusCode status = known.getStatusCode();
            ProblemDetail body = known.getBody();
            String title = body.getTitle() != null ? body.getTitle() : HttpStatus.valueOf(status.value()).getReasonPhrase();
            return respond(request, status, title, body.getDetail(), null);
        }
        String id = UUID.randomUUID().toString();
        log.error("Unexpected error {}", id, e);
        return respond(request, HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "Something went wrong on our side. Nothing was stored. The error is logged as " + id + ".",
                problem -> problem.setProperty("errorId", id));
    }

    private static final java.util.regex.Pattern BAD_PARAMETER = java.util.regex.Pattern.compile("Parameter \\[([A-Za-z0-9_.-]{1,50})\\]");

    /**
     * The name of a query parameter the servlet container could not decode (invalid UTF-8 such as a lone surrogate,
     * %ED%A0%80), recognised by the container exception's name like the size exception below; null for anything else.
     */
    private static String badlyEncodedParameter(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getName().equals("org.apache.tomcat.util.http.InvalidParameterException") && t.getMessage() != null) {
                java.util.regex.Matcher m = BAD_PARAMETER.matcher(t.getMessage());
                return m.find() ? m.group(1) : "query";
            }
        }
        return null;
    }

    /**
     * A multipart body over the limits. Spring says so with its own exception when it parses the body;
     * when a filter (the CSRF check) asks for a parameter first, the servlet container's size exception
     * comes instead, recognised by name so that the platform does not depend on the container.
     */
    private static boolean isUploadTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MaxUploadSizeExceededException) {
                return true;
            }
            for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
                if (type.getName().equals("org.apache.tomcat.util.http.fileupload.impl.SizeException")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Object respond(HttpServletRequest request, HttpStatusCode status, String title, String detail,
                                  Consumer<ProblemDetail> extra) {
        if (isApi(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(title);
            if (extra != null) {
                extra.accept(problem);
            }
            return ResponseEntity.status(status).body(problem);
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        return page;
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/api/") || path.startsWith("/v3/api-docs");
    }

    private static Map<String, Object> toMap(FieldError error) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("field", error.field());
        map.put("message", error.message());
        if (error.line() != null) {
            map.put("line", error.line());
        }
        if (error.code() != null) {
            map.put("code", error.code());
        }
        return map;
    }
}
