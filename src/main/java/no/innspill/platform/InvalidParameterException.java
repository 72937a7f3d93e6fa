package no.innspill.platform;

import java.util.List;

/**
 * Query parameters with values they do not take ({@code limit=0}, an unknown filter): 400 with the parameters named
 * like the fields of a {@link InvalidInputException}, which is 422 — for a body that breaks the rules.
 */
public class InvalidParameterException extends InvalidInputException {

    public InvalidParameterException(String summary, List<FieldError> errors) {
        super(summary, errors);
    }
}
