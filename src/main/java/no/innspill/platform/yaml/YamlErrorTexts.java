package no.innspill.platform.yaml;

import java.util.List;
import java.util.Locale;
import no.innspill.platform.BundleTexts;
import no.innspill.platform.FieldError;

/**
 * The words of an error in a YAML definition, from its code and arguments in the definition bundle
 * ({@code definition.error.<code>}): English for the API's message and the command line, the
 * reader's language on the staff pages. One bundle for every module that reads a definition, since
 * the file is one and its errors are reported together.
 */
public final class YamlErrorTexts {

    /** Before an error's code in the definition bundle. */
    public static final String PREFIX = "definition.error.";

    private static final String BUNDLE = "i18n/definition";

    private YamlErrorTexts() {
    }

    /** What is wrong, without the field: {@code "22/4x" is not a case number like 22/414 or 2022/414}. */
    public static String text(String code, List<?> args, Locale locale) {
        return BundleTexts.text(BUNDLE, locale, PREFIX + code, args.toArray());
    }

    /**
     * The whole error as a person reads it, naming the field and the line ({@code caseNumber, linje 1: «22/4x» er …});
     * an error about the whole document (whose field is {@code document}) is said of the file.
     */
    public static String text(FieldError error, String document, Locale locale) {
        String what = error.code() == null ? error.message() : text(error.code(), error.args(), locale);
        boolean file = error.field().equals(document);
        if (error.line() == null) {
            return file ? frame(locale, "file", what) : frame(locale, "field", error.field(), what);
        }
        String line = String.valueOf(error.line()); // as written, never 1 234
        return file ? frame(locale, "file-line", line, what) : frame(locale, "field-line", error.field(), line, what);
    }

    private static String frame(Locale locale, String key, Object... args) {
        return BundleTexts.text(BUNDLE, locale, PREFIX + key, args);
    }
}
