package no.innspill.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts from a message bundle for what has no Spring message source (the command line, an English
 * message made while reading input), worded as Spring's message source words them on the pages.
 */
public final class BundleTexts {

    private BundleTexts() {
    }

    /**
     * The text of {@code key} in the bundle ({@code i18n/intake}): bokmål for every language but
     * nynorsk and English, never the JVM's default language. As Spring's message source does, a text
     * without arguments is taken as it stands (its apostrophes are not MessageFormat's).
     */
    public static String text(String bundle, Locale locale, String key, Object... args) {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle texts = ResourceBundle.getBundle(bundle, locale, BundleTexts.class.getClassLoader(), noFallback);
        String pattern = texts.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, texts.getLocale()).format(args);
    }
}
