package no.innspill.intake;

/**
 * A file that cannot be read at all: empty, too large, encrypted, damaged, or neither Word nor PDF.
 * {@link #problem()} says which, for the page that words it ({@code intake.problem.<code>}); the
 * message is one English line naming the problem ("encrypted PDF", "zip bomb: …"), fit for a log
 * and for the {@code "error"} of the extract command.
 */
public class ExtractionException extends Exception {

    private final IntakeProblem problem;

    public ExtractionException(IntakeProblem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public ExtractionException(IntakeProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public IntakeProblem problem() {
        return problem;
    }
}
