package no.innspill.intake.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.innspill.intake.extraction.PdfLines.Line;
import org.junit.jupiter.api.Test;

/** Lines of a PDF back into Word's paragraphs: broken words joined, real hyphens kept, headers and footers gone. */
class PdfBlocksTest {

    @Test
    void wordsBrokenAtALineEndAreJoined() {
        assertThat(joined("Som under punkt 1 er dette en forut-", "setning for et skapende miljø")).isEqualTo(
                "Som under punkt 1 er dette en forutsetning for et skapende miljø");
        assertThat(joined("En infra-", "struktur basert på utveksling")).isEqualTo("En infrastruktur basert på utveksling");
        assertThat(joined("En soft infra\u00ad", "struktur")).isEqualTo("En soft infrastruktur");
    }

    @Test
    void realHyphensStay() {
        assertThat(joined("aktørene i helse-", "og omsorgssektoren?")).isEqualTo("aktørene i helse- og omsorgssektoren?");
        assertThat(joined("informasjons-", "eller veiledningsbehov")).isEqualTo("informasjons- eller veiledningsbehov");
        assertThat(joined("Et nytt EU-", "direktiv om helsedata")).isEqualTo("Et nytt EU-direktiv om helsedata");
        assertThat(joined("leveranseomfanget og -", "kompleksiteten")).isEqualTo("leveranseomfanget og -kompleksiteten");
        assertThat(joined("send det på e-", "post til oss")).isEqualTo("send det på e-post til oss");
        assertThat(joined("helse-", ", omsorgs- og")).isEqualTo("helse- , omsorgs- og");
        assertThat(joined("Covid-", "19-pandemien")).isEqualTo("Covid-19-pandemien");
    }

    @Test
    void theDocumentsOwnWordsDecide() {
        StringBuilder block = new StringBuilder("Vi ønsker tjeneste-");
        PdfBlocks.join(block, "utvikling i sektoren", Set.of("tjeneste-utvikling"));
        assertThat(block).hasToString("Vi ønsker tjeneste-utvikling i sektoren");
    }

    @Test
    void paragraphsBulletsAndBoxesFromTheLayout() {
        List<Line> lines = new ArrayList<>();
        float y = 100;
        // a paragraph of two lines, the second ending early: the next line's first word would have fitted → a new paragraph
        lines.add(line(1, "Legemiddelverket stiller seg bak de fem strategiske målene og vil i tillegg gi", 71, 520, y += 14, 40));
        lines.add(line(1, "noen innspill:", 71, 150, y += 14, 30));
        lines.add(line(1, "Kvalitet og sammenheng i tjenestene", 71, 290, y += 14, 40));
        lines.add(line(1, "• Legemiddelverket vil understreke behovet for tydelige føringer knyttet til", 89, 515, y += 14, 6));
        lines.add(line(1, "standarder.", 107, 160, y += 14, 50));
        lines.add(line(1, "• Digitalisering av tjenester kan favorisere brukere.", 89, 400, y += 14, 6));
        lines.add(line(1, "☒ Ja, utdyp gjerne ☐ Nei, utdyp gjerne ☐ Vet ikke, utdyp gjerne", 71, 430, y += 22, 8));
        lines.add(line(1, "Etter en luft.", 71, 160, y += 22, 30));
        assertThat(PdfBlocks.of(lines)).containsExactly(
                "Legemiddelverket stiller seg bak de fem strategiske målene og vil i tillegg gi noen innspill:",
                "Kvalitet og sammenheng i tjenestene",
                "• Legemiddelverket vil understreke behovet for tydelige føringer knyttet til standarder.",
                "• Digitalisering av tjenester kan favorisere brukere.",
                "☒ Ja, utdyp gjerne ☐ Nei, utdyp gjerne ☐ Vet ikke, utdyp gjerne",
                "Etter en luft.");
    }

    @Test
    void headersFootersAndPageNumbersGo() {
        List<Line> lines = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            lines.add(line(page, "Saksnummer 22/414", 410, 524, 45, 50));
            lines.add(line(page, "Tekst på side " + page + " som går helt ut til margen og videre til neste side og", 71, 524, 90, 40));
            lines.add(line(page, "fortsetter her til den slutter tidlig.", 71, 300, 104, 40));
            lines.add(line(page, page == 2 ? String.valueOf(page) : "Side " + page + " av 3", 280, 320, 795, 10));
        }
        assertThat(PdfBlocks.of(lines)).containsExactly(
                "Tekst på side 1 som går helt ut til margen og videre til neste side og fortsetter her til den slutter tidlig.",
                "Tekst på side 2 som går helt ut til margen og videre til neste side og fortsetter her til den slutter tidlig.",
                "Tekst på side 3 som går helt ut til margen og videre til neste side og fortsetter her til den slutter tidlig.");
    }

    private static String joined(String first, String second) {
        StringBuilder block = new StringBuilder(first);
        PdfBlocks.join(block, second, Set.of());
        return block.toString();
    }

    private static Line line(int page, String text, float left, float right, float baseline, float firstWordWidth) {
        return new Line(page, text, left, right, baseline, 9.3f, firstWordWidth, 3.5f, 595, 842);
    }
}
