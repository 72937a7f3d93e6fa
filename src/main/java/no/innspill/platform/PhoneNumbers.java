package no.innspill.platform;

import java.util.regex.Pattern;

/** What we take as a phone number, wherever one is typed: a consultation's contact, a respondent's contact person. */
public final class PhoneNumbers {

    /** Digits with spaces, dashes, dots or parentheses between, an optional + first: 22 24 20 00, +47 912 34 567. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().\\-]*");

    private PhoneNumbers() {
    }

    /** 5 to 15 digits (E.164 allows 15), written as {@link #PHONE} says; {@code value} is already stripped. */
    public static boolean isValid(String value) {
        long digits = value.chars().filter(Character::isDigit).count();
        return PHONE.matcher(value).matches() && digits >= 5 && digits <= 15;
    }
}
