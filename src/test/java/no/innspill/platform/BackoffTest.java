package no.innspill.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void grows_fourfold_from_the_first_pause_and_stops_at_six_hours() {
        Backoff backoff = Backoff.fourfold(Duration.ofSeconds(10));
        assertThat(backoff.after(0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(40));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(160));
        assertThat(backoff.after(9)).isEqualTo(Duration.ofHours(6)); // 10 s × 4⁸ would be 7.6 days
        assertThat(backoff.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void a_first_pause_longer_than_six_hours_is_kept() {
        assertThat(Backoff.fourfold(Duration.ofDays(1)).after(5)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void the_longest_pause_bounds_every_pause() {
        Backoff backoff = new Backoff(Duration.ofSeconds(30), 4, Duration.ofMinutes(5));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void refuses_settings_that_make_no_sense() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(-1), 4, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(10), 0, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofHours(2), 4, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
