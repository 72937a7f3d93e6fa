package no.innspill.intake;

import java.util.Locale;
import no.innspill.document.Notice;
import no.innspill.platform.BundleTexts;

/**
 * The words of a {@link Notice} from the intake bundle ({@code intake.notice.<code>}), for what has
 * no Spring message source, such as the command line; pages use the same keys through Thymeleaf.
 */
public final class NoticeTexts {

    /** Before a notice's code in the intake bundle. */
    public static final String PREFIX = "intake.notice.";

    private static final String BUNDLE = "i18n/intake";

    private NoticeTexts() {
    }

    /** In bokmål for every language but nynorsk and English, never in the JVM's default language. */
    public static String text(Notice notice, Locale locale) {
        return BundleTexts.text(BUNDLE, locale, PREFIX + notice.code(), notice.args().toArray());
    }
}
