package no.innspill.intake.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Answer texts for the generated corpus, in bokmål and nynorsk: sentences with the hyphens a PDF
 * reader must keep ("helse- og omsorgssektoren", "EU-direktiv", "og -kompleksiteten") and long
 * compounds with a soft hyphen (U+00AD) where a line may break and must be joined again.
 */
final class CorpusTexts {

    static final String SOFT = "\u00ad";

    private static final List<String> BOKMAL = List.of(
            "Vi støtter målene, men savner en tydeligere prioritering mellom dem.",
            "Strategien bør si mer om hvordan helse- og omsorgssektoren skal finansiere felles løsninger.",
            "Et nytt EU-direktiv om helsedata vil påvirke arbeidet, og det bør nevnes uttrykkelig.",
            "Kommunene trenger forut" + SOFT + "sigbare rammer for å kunne planlegge investeringer over flere år.",
            "Felles infra" + SOFT + "struktur for deling av journalopplysninger er en forut" + SOFT + "setning for god samhandling.",
            "Standarder kan redusere leveranseomfanget og -kompleksiteten i store anskaffelser.",
            "Vi anbefaler at måleindikator 2.3 erstattes med en indikator som måler faktisk bruk.",
            "Brukere med lav digital kompetanse må ikke falle utenfor når tjenestene digitaliseres.",
            "Det er behov for mer kunnskap om informasjons- eller veiledningsbehov hos pårørende.",
            "Personvern og informasjonssikkerhet må være ivaretatt i alle ledd, også når data brukes til forskning.",
            "Vi foreslår derfor ny tekst til innledningen: «Strategien gjelder hele sektoren, også private aktører.»",
            "Målet om enklere arbeidshverdag er godt, men indikatorene måler bare tid brukt i journalsystemet.",
            "Sykehusene har ulike systemer, og overgangen til nye løsninger tar ofte flere år.",
            "Helsepersonell må få opplæring før nye verktøy tas i bruk, ellers går gevinstene tapt.",
            "Vi etterlyser en plan for utfasing av gamle løsninger og for kostnadsfordeling mellom aktørene.",
            "Det bør lages en egen indikator for hvor mange pasienter som bruker digitale innbyggertjenester.",
            "Oppfølgingen av strategien bør skje årlig, med en offentlig rapport om status for hvert mål.",
            "Regionale helseforetak og kommuner bør delta likeverdig i styringen av de nasjonale løsningene.",
            "Kunstig intelligens kan gi bedre beslutningsstøtte, men krever kvalitetssikrede data og klare ansvarsforhold.",
            "Vi mener at samhandlings" + SOFT + "løsningene må prioriteres foran nye innbyggertjenester de neste årene.",
            "Tilgang til strukturerte data er avgjørende for kvalitetsregistrene og for forskning på behandling.",
            "Små leverandører må kunne delta i konkurransene, noe som forutsetter åpne grensesnitt.",
            "Se også vårt høringssvar fra 2019, der vi tok opp de samme utfordringene.",
            "Fastlegene opplever i dag at informasjon fra sykehus kommer for sent eller i feil format.");

    private static final List<String> NYNORSK = List.of(
            "Vi stør måla, men saknar ei tydelegare prioritering mellom dei.",
            "Strategien bør seie meir om korleis helse- og omsorgssektoren skal finansiere felles løysingar.",
            "Kommunane treng føreseielege rammer for å kunne planleggje investeringar over fleire år.",
            "Det er viktig at innbyggjarane får tilgang til eigne helseopplysningar på ein enkel måte.",
            "Vi meiner at indikatorane bør målast kvart år og at resultata vert gjort offentlege.",
            "Felles infra" + SOFT + "struktur er ein føresetnad for at data kan delast på tvers av verksemdene.",
            "Helsepersonell må få opplæring før nye verktøy vert tekne i bruk.",
            "Personvernet må vere godt teke vare på, òg når data vert nytta til forsking.",
            "Vi føreslår at det vert laga ein eigen plan for samarbeid med dei private aktørane.",
            "Små kommunar har ikkje kapasitet til å følgje opp alle tiltaka åleine.");

    private static final List<String> HEADINGS = List.of(
            "Kvalitet og sammenheng i tjenestene", "Om finansiering", "Våre hovedinnspill", "Særskilt om personvern");

    private final Random random;

    CorpusTexts(long seed) {
        this.random = new Random(seed);
    }

    /** One paragraph of 1–3 sentences. */
    String paragraph(boolean nynorsk) {
        List<String> pool = nynorsk ? NYNORSK : BOKMAL;
        int sentences = 1 + random.nextInt(3);
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            picked.add(pool.get(random.nextInt(pool.size())));
        }
        return String.join(" ", picked);
    }

    /** An answer of the given number of paragraphs; with bullets, some become "• " items, maybe under a heading line. */
    String answer(int paragraphs, boolean bullets, boolean nynorsk) {
        List<String> lines = new ArrayList<>();
        if (bullets && random.nextBoolean()) {
            lines.add(HEADINGS.get(random.nextInt(HEADINGS.size())));
        }
        for (int i = 0; i < paragraphs; i++) {
            String paragraph = paragraph(nynorsk);
            lines.add(bullets && (i > 0 || random.nextBoolean()) ? "• " + paragraph : paragraph);
        }
        return String.join("\n", lines);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    boolean nextBoolean() {
        return random.nextBoolean();
    }

    /** The text as the respondent sees it: soft hyphens are invisible. */
    static String visible(String text) {
        return text == null ? null : text.replace(SOFT, "");
    }
}
