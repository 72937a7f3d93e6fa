package no.innspill.archive.noark5;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * Why an extract cannot be made now, found before its first byte is sent: for the API a problem
 * (status, title, detail in English), for the staff page a text from the bundles
 * ({@code noark5.refused.<code>}, with {@code args}).
 */
class Noark5Refusal extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final String code;
    private final List<Object> args;

    Noark5Refusal(HttpStatus status, String title, String code, String detail, Object... args) {
        super(detail);
        this.status = status;
        this.title = title;
        this.code = code;
        this.args = List.of(args);
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    String code() {
        return code;
    }

    Object[] args() {
        return args.toArray();
    }
}
