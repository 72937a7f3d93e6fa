package no.innspill.intake.review;

import java.util.Locale;
import no.innspill.intake.IntakeProblem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Why a file could not be taken in or read, in the reader's language, from the problem's code. */
@Component
class ProblemTexts {

    private final MessageSource messages;

    ProblemTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(IntakeProblem problem, Locale locale) {
        Object detail = problem.code().equals("too-large") && problem.detail() != null
                ? megabytes(Long.parseLong(problem.detail())) : problem.detail();
        String fallback = messages.getMessage("intake.problem.unreadable", new Object[] {detail}, locale);
        return messages.getMessage("intake.problem." + problem.code(), new Object[] {detail}, fallback, locale);
    }

    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb >= 1 ? String.format(Locale.ROOT, "%.0f MB", mb) : String.format(Locale.ROOT, "%d kB", Math.max(1, bytes / 1024));
    }
}
