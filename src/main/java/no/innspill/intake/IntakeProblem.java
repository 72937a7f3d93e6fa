package no.innspill.intake;

/**
 * Why a received file was not read: a stable code that pages turn into words
 * ({@code intake.problem.<code>} in the intake bundle), and a detail such as the reader's own
 * explanation or the type the content really has.
 */
public record IntakeProblem(String code, String detail) {

    public static IntakeProblem of(String code) {
        return new IntakeProblem(code, null);
    }

    public static IntakeProblem of(String code, String detail) {
        return new IntakeProblem(code, detail);
    }
}
