package no.innspill.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.innspill.platform.InvalidParameterException;
import org.junit.jupiter.api.Test;

class CampaignViewsTest {

    @Test
    void a_long_template_is_cut_at_a_word_and_a_short_one_kept_whole() {
        assertThat(CampaignViews.beginning("Vi er  imot\nplanen.")).isEqualTo("Vi er imot planen.");
        String beginning = CampaignViews.beginning("ord ".repeat(100));
        assertThat(beginning).endsWith("ord …").hasSizeLessThanOrEqualTo(202);
    }

    @Test
    void page_numbers_and_ids_are_whole_positive_numbers_or_a_400_naming_the_parameter() {
        assertThat(CampaignViews.positive("side", null, 1, 10)).isEqualTo(1);
        assertThat(CampaignViews.positive("side", "3", 1, 10)).isEqualTo(3);
        assertThat(CampaignViews.after("")).isZero();
        assertThat(CampaignViews.parseId("42")).isEqualTo(42);
        for (String bad : new String[] {"0", "-1", "11", "tre", "1.5"}) {
            assertThatThrownBy(() -> CampaignViews.positive("side", bad, 1, 10)).isInstanceOf(InvalidParameterException.class)
                    .satisfies(e -> assertThat(((InvalidParameterException) e).errors()).extracting(f -> f.field()).containsExactly("side"));
        }
        assertThatThrownBy(() -> CampaignViews.parseId("abc")).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> CampaignViews.after("-4")).isInstanceOf(InvalidParameterException.class);
    }
}
