package no.innspill.document.word;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/** The texts of the Word form, from {@code i18n/wordform*.properties}. */
final class WordFormMessages {

    static final String BUNDLE = "i18n/wordform";

    private final ResourceBundle bundle;

    WordFormMessages(ResourceBundle bundle) {
        this.bundle = Objects.requireNonNull(bundle, "messages");
    }

    /**
     * Bokmål for every language but nynorsk and English; never the JVM's default locale, which
     * would otherwise decide the language of a server's documents.
     */
    static WordFormMessages of(Locale locale) {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        return new WordFormMessages(ResourceBundle.getBundle(BUNDLE, locale, WordFormMessages.class.getClassLoader(), noFallback));
    }

    String text(String key, Object... args) {
        String pattern = bundle.getString("wordform." + key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    /** The BCP 47 tag Word's spelling and screen readers use for the document, such as {@code nb-NO}. */
    String language() {
        return text("language");
    }
}
