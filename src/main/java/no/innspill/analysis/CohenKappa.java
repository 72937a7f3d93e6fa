package no.innspill.analysis;

/**
 * Cohen's kappa of two analysts on one theme, over the answers both coded: how much more often they agree (both gave
 * the theme, or both did not) than two analysts who tagged at random at their own rates would.
 *
 * @param both       answers both gave the theme
 * @param onlyFirst  answers only the first gave it
 * @param onlySecond answers only the second gave it
 * @param n          answers both coded
 */
record CohenKappa(int both, int onlyFirst, int onlySecond, int n) {

    CohenKappa {
        if (both < 0 || onlyFirst < 0 || onlySecond < 0 || both + onlyFirst + onlySecond > n) {
            throw new IllegalArgumentException("counts do not add up: " + both + ", " + onlyFirst + ", " + onlySecond + " of " + n);
        }
    }

    public int neither() {
        return n - both - onlyFirst - onlySecond;
    }

    /** The observed agreement, from 0 to 1. */
    public double observed() {
        return n == 0 ? Double.NaN : (double) (both + neither()) / n;
    }

    /** The agreement expected by chance from each analyst's rate of giving the theme. */
    public double expected() {
        if (n == 0) {
            return Double.NaN;
        }
        double first = (double) (both + onlyFirst) / n;
        double second = (double) (both + onlySecond) / n;
        return first * second + (1 - first) * (1 - second);
    }

    /**
     * Kappa, from -1 to 1; {@code null} when there is nothing to measure: no answer both coded, or both gave the
     * theme to all or to none of them (chance agreement is then 1, and kappa 0/0).
     */
    public Double kappa() {
        double expected = expected();
        if (n == 0 || expected >= 1.0) {
            return null;
        }
        return (observed() - expected) / (1 - expected);
    }
}
