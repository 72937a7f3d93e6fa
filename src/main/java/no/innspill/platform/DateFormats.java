package no.innspill.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates and times as people in Norway read them, for pages ({@code ${@dates.dateTime(x)}}) and documents. */
@Component("dates")
public class DateFormats {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    public String dateTime(Instant instant) {
        return dateTime(instant, LocaleContextHolder.getLocale());
    }

    public String date(Instant instant) {
        return date(instant, LocaleContextHolder.getLocale());
    }

    public static String date(Instant instant, Locale locale) {
        String pattern = isEnglish(locale) ? "d MMMM yyyy" : "d. MMMM yyyy";
        return DateTimeFormatter.ofPattern(pattern, formatLocale(locale)).format(instant.atZone(OSLO));
    }

    public static String dateTime(Instant instant, Locale locale) {
        String pattern = isEnglish(locale) ? "d MMMM yyyy 'at' HH:mm" : "d. MMMM yyyy 'kl.' HH:mm";
        return DateTimeFormatter.ofPattern(pattern, formatLocale(locale)).format(instant.atZone(OSLO));
    }

    /** Whole days from today (in Oslo) to the day of the instant; 0 on the day itself, negative after. */
    public long daysLeft(Instant instant) {
        return ChronoUnit.DAYS.between(LocalDate.now(OSLO), instant.atZone(OSLO).toLocalDate());
    }

    private static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    /** Java knows month names for "nb" and "nn"; "no" and unknown languages read as bokmål. */
    private static Locale formatLocale(Locale locale) {
        return switch (locale.getLanguage()) {
            case "en" -> Locale.UK;
            case "nn" -> Locale.forLanguageTag("nn-NO");
            default -> Locale.forLanguageTag("nb-NO");
        };
    }
}
