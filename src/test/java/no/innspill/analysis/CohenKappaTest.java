package no.innspill.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CohenKappaTest {

    /**
     * The textbook example: 50 answers; both gave the theme to 20, only the first to 5, only the second to 10, neither to
     * 15. Observed agreement 35/50 = 0.7; the first gives it to 0.5, the second to 0.6, so chance agreement is
     * 0.5 × 0.6 + 0.5 × 0.4 = 0.5, and kappa (0.7 − 0.5) / (1 − 0.5) = 0.4.
     */
    @Test
    void the_worked_example() {
        CohenKappa kappa = new CohenKappa(20, 5, 10, 50);
        assertThat(kappa.neither()).isEqualTo(15);
        assertThat(kappa.observed()).isCloseTo(0.7, within(1e-12));
        assertThat(kappa.expected()).isCloseTo(0.5, within(1e-12));
        assertThat(kappa.kappa()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void full_agreement_is_one_and_agreement_no_better_than_chance_is_zero() {
        assertThat(new CohenKappa(3, 0, 0, 10).kappa()).isCloseTo(1.0, within(1e-12));
        // each gives it to half, independently: they agree on half, as chance would
        assertThat(new CohenKappa(1, 1, 1, 4).kappa()).isCloseTo(0.0, within(1e-12));
        // always disagreeing, at rates of one half each
        assertThat(new CohenKappa(0, 2, 2, 4).kappa()).isCloseTo(-1.0, within(1e-12));
    }

    @Test
    void nothing_to_measure_is_no_kappa() {
        assertThat(new CohenKappa(0, 0, 0, 0).kappa()).isNull();
        assertThat(new CohenKappa(0, 0, 0, 7).kappa()).isNull();
        assertThat(new CohenKappa(7, 0, 0, 7).kappa()).isNull();
    }

    @Test
    void counts_that_do_not_add_up_are_refused() {
        assertThatThrownBy(() -> new CohenKappa(5, 5, 5, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CohenKappa(-1, 0, 0, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
