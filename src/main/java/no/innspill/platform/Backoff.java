package no.innspill.platform;

import java.time.Duration;

/**
 * Pauses between attempts that grow by a factor from the first, up to the longest: with 10 s, 4 and
 * six hours, 10 s after the first failure, then 40 s, 160 s, … and six hours from then on.
 */
public record Backoff(Duration first, int factor, Duration longest) {

    public static final Duration SIX_HOURS = Duration.ofHours(6);

    public Backoff {
        if (first.isNegative() || factor < 1 || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("A backoff needs a first pause of zero or more, a factor of one or more "
                    + "and a longest pause no shorter than the first");
        }
    }

    /** Fourfold each time, at most six hours. */
    public static Backoff fourfold(Duration first) {
        return new Backoff(first, 4, SIX_HOURS.compareTo(first) < 0 ? first : SIX_HOURS);
    }

    /** The pause after {@code failures} failed attempts; the first pause for one failure or fewer. */
    public Duration after(int failures) {
        Duration delay = first;
        for (int i = 1; i < failures && delay.compareTo(longest) < 0; i++) {
            delay = delay.multipliedBy(factor);
        }
        return delay.compareTo(longest) > 0 ? longest : delay;
    }
}
