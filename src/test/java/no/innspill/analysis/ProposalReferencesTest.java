package no.innspill.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.innspill.analysis.ProposalReferences.Reference;
import org.junit.jupiter.api.Test;

class ProposalReferencesTest {

    @Test
    void finds_the_seeds_references_with_normalised_labels_and_offsets() {
        String text = "Vi støtter Mål 2, men måleindikator 1.4 bør endres.";
        assertThat(ProposalReferences.find(text)).containsExactly(
                new Reference("Mål 2", 11, 16), new Reference("Måleindikator 1.4", 22, 39));
        assertThat(text.substring(11, 16)).isEqualTo("Mål 2");
    }

    @Test
    void each_word_in_bokmal_and_nynorsk() {
        assertThat(ProposalReferences.labels("""
                mål 3, indikator 1.2, målindikator 2.1, kapittel 3 og kapittel 3.2, punkt 4.1, tiltak 7,
                målet 4, måla 5, kapitlet 6, kap. 7, pkt. 8, tiltaket 9, tiltak nr. 10, Indikatoren 3.3""")).containsExactly(
                "Mål 3", "Måleindikator 1.2", "Måleindikator 2.1", "Kapittel 3", "Kapittel 3.2", "Punkt 4.1", "Tiltak 7",
                "Mål 4", "Mål 5", "Kapittel 6", "Kapittel 7", "Punkt 8", "Tiltak 9", "Tiltak 10", "Måleindikator 3.3");
    }

    @Test
    void sections_of_a_law_alone_and_in_lists() {
        assertThat(ProposalReferences.labels("Se § 5 og §§ 5 og 6, §7, § 12-3 og §§ 20–22.")).containsExactly(
                "§ 5", "§ 6", "§ 7", "§ 12-3", "§ 20", "§ 21", "§ 22");
    }

    @Test
    void lists_and_ranges_after_one_word() {
        assertThat(ProposalReferences.labels("Mål 2, 3 og 5 er gode; tiltak 1–3 likeså; kapittel 1 til 30 er for mye."))
                .containsExactly("Mål 2", "Mål 3", "Mål 5", "Tiltak 1", "Tiltak 2", "Tiltak 3", "Kapittel 1", "Kapittel 30");
        List<Reference> found = ProposalReferences.find("mål 2 og 3");
        assertThat(found).containsExactly(new Reference("Mål 2", 0, 5), new Reference("Mål 3", 9, 10));
    }

    @Test
    void a_word_without_a_number_or_a_sign_alone_is_none() {
        assertThat(ProposalReferences.find("Mål er viktige. § alene. §§ og kapittel uten tall. Målet er klart.")).isEmpty();
        assertThat(ProposalReferences.find("§")).isEmpty();
        assertThat(ProposalReferences.find("")).isEmpty();
        assertThat(ProposalReferences.find(null)).isEmpty();
    }

    @Test
    void deep_numbers_are_kept_and_other_numbers_not_taken() {
        assertThat(ProposalReferences.labels("måleindikator 1.4.2 er uklar.")).containsExactly("Måleindikator 1.4.2");
        assertThat(ProposalReferences.labels("Målet 2,5 prosent, mål 2025, delkapittel 3, tiltak 7b")).containsExactly("Tiltak 7b");
        assertThat(ProposalReferences.labels("Mål 2.")).containsExactly("Mål 2");
        assertThat(ProposalReferences.labels("mål 1.2.3.4.5")).isEmpty();
    }

    @Test
    void offsets_count_code_points() {
        String text = "😀 Mål 2";
        assertThat(ProposalReferences.find(text)).containsExactly(new Reference("Mål 2", 2, 7));
    }

    @Test
    void a_huge_hostile_text_is_read_in_bounded_time_and_size() {
        String text = "§ 1 ".repeat(200_000) + "mål ".repeat(100_000) + "§".repeat(100_000) + " 1.".repeat(50_000);
        List<Reference> found = ProposalReferences.find(text);
        assertThat(found).hasSize(ProposalReferences.MAX_REFERENCES);
        assertThat(ProposalReferences.labels(text)).containsExactly("§ 1");
        assertThat(ProposalReferences.find("mål " + " ".repeat(100_000) + "2")).isEmpty();
    }

    @Test
    void a_concern_is_one_whole_reference() {
        assertThat(ProposalReferences.label(" mål 2 ")).contains("Mål 2");
        assertThat(ProposalReferences.label("§ 5")).contains("§ 5");
        assertThat(ProposalReferences.label("Mål 2 og 3")).isEmpty();
        assertThat(ProposalReferences.label("Om mål 2")).isEmpty();
        assertThat(ProposalReferences.label("Mål")).isEmpty();
    }
}
