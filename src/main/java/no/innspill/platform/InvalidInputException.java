package no.innspill.platform;

import java.util.List;

/** Input was read but breaks the rules; nothing was stored. Mapped to HTTP 422 with the field errors. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidInputException(String summary, List<FieldError> errors) {
        super(summary);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
