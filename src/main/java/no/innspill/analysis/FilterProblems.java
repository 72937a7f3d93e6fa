package no.innspill.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import no.innspill.platform.FieldError;
import no.innspill.platform.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * A filter parameter with a value it does not know is a bad request (400), not content that could not be processed:
 * a problem+json naming each parameter, with the same {@code errors} as every other field error.
 */
final class FilterProblems {

    private FilterProblems() {
    }

    static ResponseEntity<ProblemDetail> badRequest(InvalidInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad filter");
        problem.setProperty("errors", e.errors().stream().map(FilterProblems::toMap).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static Map<String, Object> toMap(FieldError error) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("field", error.field());
        map.put("message", error.message());
        if (error.code() != null) {
            map.put("code", error.code());
        }
        return map;
    }
}
