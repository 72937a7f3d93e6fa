package no.innspill.intake;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import no.innspill.document.Notice;

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
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NoticeTexts.class.getClassLoader(), noFallback);
        String pattern = bundle.getString(PREFIX + notice.code());
        // as Spring's message source does: a text without arguments is taken as it stands
        return notice.args().isEmpty() ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(notice.args().toArray());
    }
}
