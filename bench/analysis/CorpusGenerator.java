import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a generated analysis corpus for consultation 22/414 with its ground truth (issue 14, "How we will know").
 *
 * <pre>java bench/analysis/CorpusGenerator.java --size 3000 --seed 7 [--letters a|b] --out DIR</pre>
 *
 * DIR/responses.jsonl holds one response per line in the PRODUCT.md shape with an "id"; DIR/truth.json holds the
 * themes, campaigns, duplicates and per-response truth in the shape /work/shared/analysis-dev/score.py reads. It is made
 * the way the development corpus is made (organic answers built from per-theme sentence banks, four form-letter
 * campaigns, exact duplicates) but every sentence, theme, letter and name is our own, so a score on it says whether the
 * engine generalises beyond the development texts; {@code --letters b} swaps in a second set of four letters on other
 * questions. JDK only; the same arguments give the same bytes.
 */
public class CorpusGenerator {

    static final List<String> QUESTIONS =
            List.of("q1", "q2.goal1", "q2.goal2", "q2.goal3", "q2.goal4", "q2.goal5", "q3", "q4");

    static final Map<String, String> QUESTION_TEXT = new LinkedHashMap<>();

    static {
        QUESTION_TEXT.put("q1", "Kan dere stille dere bak de fem strategiske målene, gitt strategiens rolle for å skape "
                + "en felles langsiktig og forutsigbar retning for digitalisering på tvers av aktørene i helse- og "
                + "omsorgssektoren?");
        QUESTION_TEXT.put("q2.goal1", "Mål 1: Aktiv medvirkning i egen og næres helse");
        QUESTION_TEXT.put("q2.goal2", "Mål 2: Enklere arbeidshverdag");
        QUESTION_TEXT.put("q2.goal3", "Mål 3: Helsedata til fornying og forbedring");
        QUESTION_TEXT.put("q2.goal4", "Mål 4: Tilgjengelig informasjon og styrket samhandling");
        QUESTION_TEXT.put("q2.goal5", "Mål 5: Samarbeid og virkemidler som styrker gjennomføringskraft");
        QUESTION_TEXT.put("q3", "Har dere tilbakemeldinger på prosessen for hvordan strategien skal følges opp?");
        QUESTION_TEXT.put("q4", "Andre innspill og tilbakemeldinger?");
    }

    // ------------------------------------------------------------------------------------------------------------
    // Themes: "## question id stance label", then "nb …" and "nn …" lines, one sentence each.

    static final String THEMES = """
            ## q1 q1.standarder - Forpliktende standarder og felles kodeverk
            nb Uten forpliktende standarder for informasjonsutveksling vil målene forbli ønsker på papiret.
            nb Felles kodeverk og terminologi, for eksempel SNOMED CT, må få en langt mer sentral plass i strategien.
            nb Strategien bør fastsette at nasjonale standarder skal være obligatoriske for alle aktører, også private.
            nb Sektoren trenger en tydelig aktør som har myndighet til å vedta og forvalte standarder.
            nb Altfor mange løsninger er i dag bygget med egne dataformater som ikke lar seg koble sammen.
            nb Internasjonale standarder som HL7 FHIR bør være førstevalget når nye grensesnitt utvikles.
            nb Samhandling på tvers forutsetter at alle snakker samme språk, både teknisk og faglig.
            nb Det mangler en plan for hvordan eksisterende systemer skal tilpasses nye standarder.
            nn Utan bindande standardar for utveksling av informasjon blir måla berre fine ord.
            nn Felles kodeverk og terminologi må løftast mykje tydelegare fram i strategien.
            nn Nasjonale standardar bør vere obligatoriske for alle aktørar, òg dei private.
            nn Altfor mange system nyttar i dag eigne dataformat som ikkje let seg kople saman.
            ## q1 q1.utenforskap - Digitalt utenforskap og like tjenester for alle
            nb Ikke alle innbyggere har digitale ferdigheter, og strategien må ta hensyn til dem som faller utenfor.
            nb Eldre uten smarttelefon risikerer å få et dårligere helsetilbud enn resten av befolkningen.
            nb Personer med utviklingshemming eller demens trenger tjenester som ikke forutsetter BankID.
            nb Digitalisering kan forsterke sosiale helseforskjeller dersom ingen tar ansvar for dem som henger etter.
            nb Innvandrere med begrensede norskkunnskaper møter ofte digitale tjenester de ikke forstår.
            nb Strategien bør ha et eget mål om at ingen skal få dårligere hjelp fordi de ikke er på nett.
            nb Mange av dem som bruker helsetjenesten mest, er de samme som har minst digital kompetanse.
            nb Opplæring og veiledning av innbyggere må finansieres, ikke bare forutsettes.
            nn Ikkje alle innbyggjarar meistrar digitale tenester, og strategien må ta omsyn til dei som fell utanfor.
            nn Eldre utan smarttelefon risikerer å få eit dårlegare helsetilbod enn andre.
            nn Digitalisering kan auke dei sosiale helseskilnadene dersom ingen tek ansvar for dei som heng etter.
            nn Dei som brukar helsetenesta mest, har ofte minst digital kompetanse.
            ## q1 q1.finansiering - Finansiering og ressurser til gjennomføring
            nb Hvordan tiltakene skal betales, er nesten ikke omtalt.
            nb Uten øremerkede midler vil mange av målene ikke bli nådd.
            nb Det er urealistisk å forvente at sektoren skal digitalisere innenfor dagens budsjettrammer.
            nb Kostnadene ved nye nasjonale løsninger må fordeles på en rettferdig og forutsigbar måte.
            nb Investeringer i digitalisering tar ofte mange år før de gir innsparinger, og det må det budsjetteres for.
            nb Vi savner en vurdering av hva det vil koste å nå de fem målene.
            nb Det må settes av penger til drift og forvaltning, ikke bare til utvikling av nye løsninger.
            nb Små aktører har ikke økonomi til å ta i bruk alle de nasjonale løsningene på en gang.
            nn Korleis tiltaka skal betalast, er nesten ikkje omtalt.
            nn Utan øyremerkte midlar vil mange av måla ikkje bli nådde.
            nn Det må setjast av pengar til drift og forvaltning, ikkje berre til utvikling.
            nn Det er urealistisk å tru at sektoren kan digitalisere innanfor dagens budsjettrammer.
            ## q1 q1.personvern - Personvern og informasjonssikkerhet
            nb Personvernet må veie tyngre i strategien enn det gjør i dag.
            nb Økt deling av helseopplysninger krever at informasjonssikkerheten styrkes tilsvarende.
            nb Det bør stilles strenge krav til logging og kontroll av hvem som leser pasientopplysninger.
            nb Strategien må omtale risikoen for dataangrep mot helsesektoren langt grundigere.
            nb Innbyggerne må kunne stole på at helseopplysningene deres ikke kommer på avveie.
            nb Sikkerhet og personvern bør være innebygd i løsningene fra første dag.
            nb Vi er bekymret for at effektivitet prioriteres foran vern av sensitive opplysninger.
            nb Helsedata bør lagres innenfor EØS, med norsk kontroll over hvem som får tilgang.
            nn Personvernet må vege tyngre i strategien enn det gjer no.
            nn Meir deling av helseopplysningar krev at informasjonstryggleiken blir styrkt tilsvarande.
            nn Innbyggjarane må kunne stole på at helseopplysningane deira ikkje kjem på avvegar.
            nn Strategien må omtale risikoen for dataåtak mot helsesektoren mykje grundigare.
            ## q1 q1.kommuner - Kommunenes rolle og kapasitet
            nb Kommunene yter en stor del av helse- og omsorgstjenestene, men er nesten usynlige i strategien.
            nb Små kommuner har verken kompetanse eller kapasitet til å følge opp alle de nasjonale initiativene.
            nb Strategien må i større grad ta utgangspunkt i den kommunale helse- og omsorgstjenesten.
            nb Kommunesektoren må sikres innflytelse når nasjonale løsninger utvikles.
            nb Det er stor forskjell på hva store og små kommuner har av digitale ressurser.
            nb Interkommunalt samarbeid om digitalisering bør løftes fram som et virkemiddel.
            nb Hjemmetjenesten og sykehjemmene er der behovet for bedre digitale verktøy er størst.
            nb Kommunene må få tid og støtte til å innføre løsningene i sitt eget tempo.
            nn Kommunane yter ein stor del av helse- og omsorgstenestene, men er nesten usynlege i strategien.
            nn Små kommunar har korkje kompetanse eller kapasitet til å følgje opp alle dei nasjonale tiltaka.
            nn Kommunesektoren må sikrast innverknad når nasjonale løysingar blir utvikla.
            nn Det er stor skilnad på kva store og små kommunar har av digitale ressursar.
            ## q1 q1.leverandorer - Leverandører, marked og anskaffelser
            nb Helsesektoren er avhengig av noen få store leverandører, og det svekker konkurransen.
            nb Strategien bør legge til rette for et mer åpent marked der også mindre selskaper kan levere.
            nb Offentlige anskaffelser må stille krav om åpne grensesnitt slik at kundene ikke blir låst til én leverandør.
            nb Leverandørene bør involveres tidligere, slik at de kan planlegge utviklingen etter de nasjonale målene.
            nb Norske teknologiselskaper har mye å bidra med, men opplever at anbudene er skreddersydd for de største.
            nb Innovative anskaffelser kan gi bedre løsninger enn tradisjonelle konkurranser med lange kravspesifikasjoner.
            nb Det bør være forutsigbart for næringslivet hvilke løsninger det offentlige selv skal utvikle.
            nb Leverandørmarkedet trenger tydelige og stabile krav for å våge å investere.
            nn Helsesektoren er avhengig av nokre få store leverandørar, og det svekkjer konkurransen.
            nn Strategien bør leggje til rette for ein meir open marknad der òg mindre selskap kan levere.
            nn Offentlege innkjøp må krevje opne grensesnitt, slik at kundane ikkje blir låste til éin leverandør.
            nn Det må vere føreseieleg for næringslivet kva løysingar det offentlege sjølv skal lage.
            ## q1 q1.vag neg Strategien er for generell og mangler tiltak
            nb Målene er så generelle at det er vanskelig å være uenig, men også vanskelig å se hva som skal skje.
            nb Strategien mangler konkrete tiltak, frister og ansvarlige aktører.
            nb Dokumentet beskriver hvor vi skal, men ikke hvordan vi skal komme dit.
            nb Vi etterlyser en tydelig prioritering; slik strategien er nå, er alt like viktig.
            nb Det er uklart hva som er nytt i denne strategien sammenlignet med de forrige.
            nb Formuleringene er så åpne at de kan tolkes til inntekt for nesten hva som helst.
            nb Uten konkrete målepunkter blir det umulig å vite om strategien har virket.
            nb Teksten er preget av fagsjargong og store ord, men lite innhold.
            nn Måla er så generelle at det er vanskeleg å vere usamd, men òg vanskeleg å sjå kva som skal skje.
            nn Strategien manglar konkrete tiltak, fristar og ansvarlege aktørar.
            nn Dokumentet skildrar kvar vi skal, men ikkje korleis vi skal kome dit.
            nn Det er uklart kva som er nytt i denne strategien samanlikna med dei førre.
            ## q1 q1.stotte pos Støtter målene og den felles retningen
            nb Vi stiller oss bak de fem målene.
            nb Målene er godt valgt og dekker de viktigste utfordringene i sektoren.
            nb Det er positivt at strategien samler hele sektoren om en felles retning.
            nb En langsiktig strategi gir forutsigbarhet, og det har sektoren etterspurt lenge.
            nb Strategien henger godt sammen med andre nasjonale føringer, og det er bra.
            nb Vi er enige i at innbyggerens behov skal være utgangspunktet for digitaliseringen.
            nb Helheten i strategien er god, og målene utfyller hverandre.
            nb Vi støtter retningen og synes dokumentet er et godt grunnlag for videre arbeid.
            nn Vi stiller oss bak dei fem måla.
            nn Det er positivt at strategien samlar heile sektoren om ei felles retning.
            nn Måla er godt valde og dekkjer dei viktigaste utfordringane i sektoren.
            nn Ein langsiktig strategi gir føreseielegheit, og det har sektoren etterlyst lenge.
            ## q2.goal1 g1.ressurssvake - Pasienter som ikke har krefter til å være aktive
            nb Aktiv medvirkning forutsetter krefter som mange alvorlig syke ikke har.
            nb Målet kan gi mest til de pasientene som allerede klarer seg godt.
            nb Helsetjenesten må selv ta kontakt med pasienter som ikke melder seg.
            nb Mange kronisk syke orker ikke å logge seg inn for å følge opp sin egen behandling.
            nb Det må være lov å være en passiv pasient uten å få dårligere hjelp.
            nb Pasienter med rusproblemer eller psykiske lidelser er sjelden de første til å ta i bruk digitale tjenester.
            nb Målet bør omformuleres slik at ansvaret for oppfølging ikke flyttes over på pasienten.
            nb De mest sårbare gruppene må få tilbud som er tilpasset dem, ikke bare en app.
            nn Aktiv medverknad føreset krefter som mange alvorleg sjuke ikkje har.
            nn Helsetenesta må sjølv ta kontakt med pasientar som ikkje melder seg.
            nn Det må vere lov å vere ein passiv pasient utan å få dårlegare hjelp.
            nn Målet kan gi mest til dei pasientane som alt klarer seg godt.
            ## q2.goal1 g1.indikatorer - Indikatorene for mål 1 måler aktivitet, ikke nytte
            nb Indikatorene under mål 1 måler hvor mange som bruker tjenestene, ikke om de hjelper.
            nb Antall innlogginger på en portal sier lite om pasientene faktisk medvirker mer.
            nb Det bør utvikles indikatorer for opplevd kvalitet og pasienttilfredshet.
            nb Indikator 1.1 bør brytes ned på alder, kjønn og bosted, slik at vi ser hvem som ikke nås.
            nb Flere av indikatorene er avhengige av data som ikke samles inn i dag.
            nb Målingene bør si noe om helseeffekt, ikke bare om aktivitet.
            nb Det mangler en startverdi for indikatorene, så det blir vanskelig å måle framgang.
            nb Indikatorene bør utvikles sammen med pasientorganisasjonene.
            nn Indikatorane under mål 1 måler kor mange som brukar tenestene, ikkje om dei hjelper.
            nn Talet på innloggingar seier lite om pasientane faktisk medverkar meir.
            nn Målingane bør seie noko om helseeffekt, ikkje berre om aktivitet.
            nn Det manglar ein startverdi for indikatorane, så framgang blir vanskeleg å måle.
            ## q2.goal1 g1.parorende - Pårørende, fullmakt og digital representasjon
            nb Pårørende må få en tydeligere plass i målet om medvirkning.
            nb Det er i dag nesten umulig å få digital tilgang på vegne av en forelder med demens.
            nb Ordningen med digital fullmakt er for tungvint og kjent av for få.
            nb Foreldre til ungdom mister innsyn ved 12 år, også når barnet er alvorlig sykt.
            nb Pårørende gjør en enorm innsats, men får sjelden informasjonen de trenger.
            nb Verger og representanter bør kunne handle digitalt på vegne av den de hjelper.
            nb Strategien bør omtale pårørende som en ressurs, ikke bare som mottakere av informasjon.
            nb Mange pårørende bor langt unna og er helt avhengige av digital kontakt med tjenesten.
            nn Pårørande må få ein tydelegare plass i målet om medverknad.
            nn Det er i dag nesten umogleg å få digital tilgang på vegner av ein forelder med demens.
            nn Ordninga med digital fullmakt er for tungvinn og kjend av for få.
            nn Pårørande gjer ein enorm innsats, men får sjeldan informasjonen dei treng.
            ## q2.goal1 g1.innbyggertjenester - Helsenorge og digitale innbyggertjenester
            nb Helsenorge er blitt bedre, men er fortsatt vanskelig å finne fram i.
            nb Innbyggerne bør kunne bestille time, fornye resepter og sende meldinger på ett sted.
            nb Det er forvirrende at sykehus, fastleger og kommuner bruker ulike apper.
            nb Digitale innbyggertjenester må fungere like godt på mobil som på PC.
            nb Videokonsultasjon bør bli et vanlig tilbud også i spesialisthelsetjenesten.
            nb Varsler fra helsetjenesten kommer i dag i flere kanaler, og viktige beskjeder drukner.
            nb Tjenestene bør testes på vanlige brukere før de lanseres.
            nb Innbyggerportalen bør vise en samlet oversikt over avtaler og henvisninger.
            nn Helsenorge har vorte betre, men er framleis vanskeleg å finne fram i.
            nn Det er forvirrande at sjukehus, fastlegar og kommunar brukar ulike appar.
            nn Innbyggjarane bør kunne bestille time, fornye reseptar og sende meldingar på éin stad.
            nn Varsel frå helsetenesta kjem i fleire kanalar, og viktige beskjedar druknar.
            ## q2.goal1 g1.hjemme - Velferdsteknologi og oppfølging hjemme
            nb Digital hjemmeoppfølging gjør at mange kan bo lenger hjemme.
            nb Målinger som pasienten gjør hjemme, må kunne overføres direkte til journalen.
            nb Trygghetsalarmer og sensorer må fungere sammen med kommunenes fagsystemer.
            nb Kommunene trenger hjelp til å velge velferdsteknologi som faktisk virker.
            nb Avstandsoppfølging av kronisk syke bør bli et fast tilbud i hele landet.
            nb Velferdsteknologi må ikke bli en unnskyldning for færre besøk fra hjemmetjenesten.
            nb Det må være klart hvem som følger med når et sensorvarsel går midt på natten.
            nb Medisindispensere og digitalt tilsyn har gitt gode erfaringer og bør tas i bruk bredere.
            nn Digital heimeoppfølging gjer at mange kan bu lenger heime.
            nn Målingar som pasienten gjer heime, må kunne overførast direkte til journalen.
            nn Velferdsteknologi må ikkje bli ei unnskyldning for færre besøk frå heimetenesta.
            nn Avstandsoppfølging av kronisk sjuke bør bli eit fast tilbod i heile landet.
            ## q2.goal1 g1.tilgjengelighet - Universell utforming, flere språk og klarspråk
            nb Alle digitale helsetjenester må være universelt utformet og fungere med skjermleser.
            nb Informasjon til pasienter bør skrives i klart og enkelt språk.
            nb Tjenestene bør tilbys på flere språk, også samisk og de vanligste innvandrerspråkene.
            nb Personer med nedsatt syn eller hørsel blir ofte glemt når nye løsninger utvikles.
            nb Mange pasienter forstår ikke journalnotatene de får innsyn i.
            nb Det bør være mulig å få tolk også i videokonsultasjoner.
            nb Skjemaer og samtykker på nett er ofte skrevet på et juridisk språk som få forstår.
            nb Tilgjengelighet må være et krav i alle anskaffelser av innbyggerrettede løsninger.
            nn Alle digitale helsetenester må vere universelt utforma og fungere med skjermlesar.
            nn Informasjon til pasientar bør skrivast i klart og enkelt språk.
            nn Tenestene bør vere tilgjengelege på fleire språk, òg samisk.
            nn Mange pasientar forstår ikkje journalnotata dei får innsyn i.
            ## q2.goal1 g1.barn - Barn og unge som brukere av tjenestene
            nb Barn og unge nevnes nesten ikke under mål 1.
            nb Ungdom vil ha digitale tjenester, men må kunne kontakte helsetjenesten uten at foreldrene ser alt.
            nb Helsestasjon og skolehelsetjeneste bør få moderne digitale verktøy.
            nb Det er behov for egne løsninger for barn med kroniske sykdommer og familiene deres.
            nb Tilgangen til barnets journal må balansere foreldrenes ansvar og barnets rett til fortrolighet.
            nb Unge brukere bør være med og utforme tjenestene som er laget for dem.
            nb Chat med helsesykepleier er et godt eksempel som bør bygges videre på.
            nb Overgangen fra barne- til voksenhelsetjenesten er sårbar og bør støttes digitalt.
            nn Born og unge er nesten ikkje nemnde under mål 1.
            nn Helsestasjonen og skulehelsetenesta bør få moderne digitale verktøy.
            nn Ungdom må kunne kontakte helsetenesta utan at foreldra ser alt.
            nn Overgangen frå barne- til vaksenhelsetenesta er sårbar og bør støttast digitalt.
            ## q2.goal2 g2.dokumentasjon - Dobbeltdokumentasjon og systemer som ikke henger sammen
            nb Helsepersonell bruker altfor mye tid på å skrive inn de samme opplysningene flere ganger.
            nb Fagsystemene må kunne utveksle data automatisk, slik at ingenting må tastes inn på nytt.
            nb Dokumentasjonskravene har vokst, og tiden med pasienten har krympet.
            nb Journalsystemene er laget for rapportering mer enn for klinisk arbeid.
            nb Manuell overføring mellom systemer gir feil som kan gå ut over pasientene.
            nb Strategien bør ha et mål om at en opplysning bare skal registreres én gang.
            nb Sykepleiere forteller om vakter der mer tid går til skjermen enn til pasientene.
            nb Mye rapportering til nasjonale registre kunne vært hentet ut automatisk fra journalen.
            nn Helsepersonell brukar altfor mykje tid på å skrive inn dei same opplysningane fleire gonger.
            nn Fagsystema må kunne utveksle data automatisk, slik at ingenting må tastast inn på nytt.
            nn Dokumentasjonskrava har vakse, og tida med pasienten har krympa.
            nn Ei opplysning bør berre registrerast éin gong.
            ## q2.goal2 g2.ki - Kunstig intelligens og beslutningsstøtte
            nb Kunstig intelligens kan avlaste helsepersonell, for eksempel ved automatisk tale til tekst.
            nb Strategien bør si mer om hvordan KI-verktøy skal kvalitetssikres før de tas i bruk.
            nb Det må være tydelig at det alltid er et menneske som har det faglige ansvaret.
            nb Beslutningsstøtte i journalsystemet kan gi færre feil ved forskrivning av legemidler.
            nb Sektoren trenger en nasjonal veileder for bruk av språkmodeller i klinisk arbeid.
            nb KI må trenes på data som representerer hele befolkningen, ellers kan den forsterke skjevheter.
            nb Vi ser et stort potensial i bildeanalyse innen radiologi og patologi.
            nb Det er uklart hvem som har ansvaret når et KI-verktøy gir feil råd.
            nn Kunstig intelligens kan avlaste helsepersonell, til dømes med automatisk tale til tekst.
            nn Det må vere tydeleg at det alltid er eit menneske som har det faglege ansvaret.
            nn Strategien bør seie meir om korleis KI-verktøy skal kvalitetssikrast før dei blir tekne i bruk.
            nn Det er uklart kven som har ansvaret når eit KI-verktøy gir feil råd.
            ## q2.goal2 g2.kompetanse - Digital kompetanse og opplæring
            nb Opplæring i nye systemer må skje i arbeidstiden og være godt planlagt.
            nb Mange ansatte har aldri fått skikkelig innføring i systemene de bruker hver dag.
            nb Digital kompetanse bør bli en større del av utdanningene i helsefag.
            nb Superbrukere på hver avdeling er et enkelt grep som gjør stor forskjell.
            nb Vikarer og deltidsansatte får ofte minst opplæring, selv om de bruker systemene like mye.
            nb Ledere må ha kompetanse til å lede digital endring, ikke bare til å gjøre innkjøp.
            nb Det bør finnes nasjonale e-læringskurs for de mest brukte løsningene.
            nb Opplæring er ofte det første som kuttes når budsjettet for et prosjekt blir stramt.
            nn Opplæring i nye system må skje i arbeidstida og vere godt planlagd.
            nn Mange tilsette har aldri fått skikkeleg innføring i systema dei brukar kvar dag.
            nn Digital kompetanse bør bli ein større del av utdanningane i helsefag.
            nn Vikarar og deltidstilsette får ofte minst opplæring.
            ## q2.goal2 g2.involvering - Helsepersonell må være med og utforme løsningene
            nb De som skal bruke systemene, må være med fra starten når løsninger utvikles.
            nb Brukervennlighet bør være et tungt kriterium i alle anskaffelser.
            nb Altfor mange løsninger er utformet uten at klinikere har testet dem i en vanlig arbeidsdag.
            nb Helsepersonell må få frikjøpt tid til å delta i utviklingsprosjekter.
            nb Tilbakemeldinger fra brukerne må føre til endringer, ellers mister folk motivasjonen.
            nb Skjermbildene er ofte overfylte og lite logiske for den som står i en travel vakt.
            nb Vi anbefaler at nye løsninger prøves ut i en pilot før de rulles ut til alle.
            nb Det er frustrerende å bli spurt om innspill når beslutningene allerede er tatt.
            nn Dei som skal bruke systema, må vere med frå starten når løysingar blir utvikla.
            nn Brukarvennlegheit bør vere eit tungt kriterium i alle innkjøp.
            nn Helsepersonell må få frikjøpt tid til å delta i utviklingsprosjekt.
            nn Skjermbileta er ofte overfylte og lite logiske for den som står i ei travel vakt.
            ## q2.goal2 g2.paalogging - Mange pålogginger og trege systemer
            nb En sykepleier kan måtte logge inn i fem ulike systemer i løpet av en vakt.
            nb Felles pålogging på tvers av systemene ville spart mye tid hver dag.
            nb Trege systemer og hyppige utlogginger stjeler minutter som pasientene trenger.
            nb Det bør være mulig å bytte mellom systemer uten å lete opp pasienten på nytt.
            nb Tilgangen til systemene tar ofte dager å få på plass for nyansatte.
            nb Kortlesere og passord som stadig må byttes, er en daglig kilde til irritasjon.
            nb Strategien bør sette krav til svartider i kliniske systemer.
            nb Ustabile systemer tvinger mange til å bruke papirlapper som reserve.
            nn Ein sjukepleiar kan måtte logge inn i fem ulike system i løpet av ei vakt.
            nn Felles pålogging på tvers av systema ville spart mykje tid kvar dag.
            nn Trege system og hyppige utloggingar stel minutt som pasientane treng.
            nn Det tek ofte fleire dagar før nytilsette får tilgang til systema.
            ## q2.goal2 g2.mobil - Mobile verktøy og nettdekning ute i tjenesten
            nb Hjemmetjenesten trenger mobile verktøy som fungerer hjemme hos brukeren.
            nb Dårlig mobildekning gjør at ansatte i distriktene må dokumentere i etterkant.
            nb Ambulansepersonell bør ha tilgang til kritisk informasjon før de kommer fram.
            nb Nettbrett uten tilgang til journalen er til liten hjelp.
            nb Mobile løsninger må virke også når nettet faller ut, og synkronisere senere.
            nb Mange kommuner har fortsatt ikke trådløst nett på alle sykehjemsavdelinger.
            nb Legevakt og hjemmesykepleie bør kunne se legemiddellisten på mobilen.
            nb Infrastrukturen ute i tjenestene er ofte det svakeste leddet.
            nn Heimetenesta treng mobile verktøy som fungerer heime hos brukaren.
            nn Dårleg mobildekning gjer at tilsette i distrikta må dokumentere i etterkant.
            nn Mobile løysingar må verke òg når nettet fell ut.
            nn Mange kommunar har framleis ikkje trådlaust nett på alle sjukeheimsavdelingar.
            ## q2.goal3 g3.samtykke - Samtykke og tillit ved bruk av helsedata
            nb Bruk av helsedata til andre formål enn behandling må bygge på innbyggernes tillit.
            nb Innbyggerne bør kunne se hvem som har brukt opplysningene deres til forskning.
            nb Det må være enkelt å reservere seg mot at egne data brukes til annet enn behandling.
            nb Tilliten kan raskt gå tapt dersom helsedata havner hos aktører med kommersielle interesser.
            nb Dynamisk samtykke, der man kan endre valget sitt digitalt, bør utredes.
            nb Strategien bør si klart hva innbyggerne må samtykke til, og hva som skjer uten samtykke.
            nb Åpenhet om hvordan data brukes, er den beste garantien for tillit.
            nb Sekundærbruk av helsedata må ha en klar hjemmel og strenge rammer.
            nn Bruk av helsedata til andre føremål enn behandling må byggje på tillit hos innbyggjarane.
            nn Det må vere enkelt å reservere seg mot at eigne data blir brukte til anna enn behandling.
            nn Innbyggjarane bør kunne sjå kven som har brukt opplysningane deira til forsking.
            nn Open informasjon om korleis data blir brukte, er den beste garantien for tillit.
            ## q2.goal3 g3.forskning - Raskere tilgang til helsedata for forskning
            nb Forskere venter i dag altfor lenge på å få tilgang til registerdata.
            nb Søknadsprosessen for helsedata bør forenkles og samordnes.
            nb Helsedataservice må få ressurser til å behandle søknader raskere.
            nb Kobling av data fra flere registre er ofte nødvendig, men svært tidkrevende.
            nb Norge har unike helseregistre som utnyttes for dårlig i forskningen.
            nb Kliniske studier bør kunne rekruttere deltakere digitalt gjennom helsetjenesten.
            nb Forskere bør få analysere data på en sikker plattform uten at dataene utleveres.
            nb Lang ventetid på data gjør at norske forskningsmiljøer taper internasjonalt.
            nn Forskarar ventar i dag altfor lenge på tilgang til registerdata.
            nn Søknadsprosessen for helsedata bør forenklast og samordnast.
            nn Noreg har unike helseregister som blir utnytta for dårleg i forskinga.
            nn Forskarar bør få analysere data på ei sikker plattform utan at dataa blir utleverte.
            ## q2.goal3 g3.datakvalitet - Kvaliteten på data fra journalene
            nb Data som hentes fra journalene, er ofte ufullstendige og registrert på ulike måter.
            nb Mye viktig informasjon står i fritekst og kan ikke brukes til analyse.
            nb God datakvalitet forutsetter at den som registrerer, ser nytten av det.
            nb Strategien bør omtale hvordan datakvaliteten skal måles og forbedres.
            nb Feil i grunndata forplanter seg til registre, statistikk og forskning.
            nb Uten en strukturert journal kan dataene ikke brukes på nytt.
            nb Kodingen av diagnoser og prosedyrer er for ujevn mellom sykehusene.
            nb Det bør lages felles definisjoner for de variablene som brukes mest.
            nn Data som blir henta frå journalane, er ofte ufullstendige og registrerte på ulike måtar.
            nn Mykje viktig informasjon står i fritekst og kan ikkje brukast til analyse.
            nn Feil i grunndata forplantar seg til register, statistikk og forsking.
            nn Utan ein strukturert journal kan dataa ikkje brukast på nytt.
            ## q2.goal3 g3.plattform - Felles dataplattform og samordnede registre
            nb Det trengs en felles nasjonal infrastruktur for deling og analyse av helsedata.
            nb Registrene bør bruke de samme definisjonene og tekniske løsningene.
            nb En nasjonal analyseplattform kan gjøre det enklere å ta i bruk data på tvers av sektoren.
            nb Det er uheldig at hvert helseforetak bygger sine egne datavarehus.
            nb Data bør bli liggende der de er, mens analysen flyttes til dataene.
            nb Samordning av kvalitetsregistrene bør prioriteres.
            nb Metadata om hva som finnes av helsedata, bør være åpent tilgjengelig.
            nb Vi ser behov for en tydelig eier av den nasjonale datainfrastrukturen.
            nn Det trengst ein felles nasjonal infrastruktur for deling og analyse av helsedata.
            nn Registera bør bruke dei same definisjonane og tekniske løysingane.
            nn Det er uheldig at kvart helseføretak byggjer sine eigne datavarehus.
            nn Samordning av kvalitetsregistera bør prioriterast.
            ## q2.goal3 g3.europa - Europeisk helsedataområde og internasjonalt samarbeid
            nb Strategien må ta høyde for den europeiske forordningen om et helsedataområde, EHDS.
            nb Norge bør delta aktivt i europeisk samarbeid om helsedata.
            nb Nasjonale løsninger må utformes slik at de kan kobles til europeisk infrastruktur.
            nb Pasienter som reiser i Europa, bør få med seg sin egen helseinformasjon digitalt.
            nb Det er viktig å starte tilpasningen til EHDS tidlig, slik at vi ikke blir hengende etter.
            nb Felles europeiske formater for pasientjournal bør tas i bruk også i Norge.
            nb Internasjonalt forskningssamarbeid krever at norske data kan deles på trygge måter.
            nb EØS-avtalen gjør at europeiske regler om helsedata får direkte betydning for oss.
            nn Strategien må ta høgd for den europeiske forordninga om eit helsedataområde, EHDS.
            nn Noreg bør delta aktivt i europeisk samarbeid om helsedata.
            nn Det er viktig å starte tilpassinga til EHDS tidleg.
            nn Pasientar som reiser i Europa, bør få med seg helseinformasjonen sin digitalt.
            ## q2.goal3 g3.naering - Næringslivets tilgang til data og innovasjon
            nb Helsenæringen trenger tilgang til data for å utvikle nye produkter.
            nb Testmiljøer med syntetiske data kan senke terskelen for oppstartsbedrifter.
            nb Det offentlige og næringslivet bør samarbeide tettere om innovasjon.
            nb Norske helseteknologiselskaper trenger forutsigbare regler for bruk av data.
            nb Strategien bør vise hvordan helsedata kan bidra til verdiskaping.
            nb Klinisk utprøving av ny teknologi bør gjøres enklere i norske sykehus.
            nb Et nasjonalt testsenter for helseteknologi ville vært et løft for næringen.
            nb Kommersielle aktører bør betale en rimelig pris for data, slik at verdien kommer fellesskapet til gode.
            nn Helsenæringa treng tilgang til data for å utvikle nye produkt.
            nn Testmiljø med syntetiske data kan senke terskelen for oppstartsbedrifter.
            nn Det offentlege og næringslivet bør samarbeide tettare om innovasjon.
            nn Klinisk utprøving av ny teknologi bør bli enklare i norske sjukehus.
            ## q2.goal3 g3.kunnskap - Data må omsettes til kunnskap og bedre praksis
            nb Data har bare verdi når noen bruker dem til å forbedre tjenestene.
            nb Sykehus og kommuner mangler ofte analysekompetanse til å utnytte egne data.
            nb Styringsdata bør gjøres tilgjengelige for ledere i sanntid.
            nb Det er fare for at tallene blir viktigere enn det faglige skjønnet.
            nb Tilbakemelding til fagmiljøene på egne resultater gir motivasjon til forbedring.
            nb Strategien bør skille tydeligere mellom data til styring og data til forbedring.
            nb Mange rapporter produseres uten at noen leser dem.
            nb Kunnskap fra data må deles på tvers, slik at ikke alle lærer de samme leksene hver for seg.
            nn Data har berre verdi når nokon brukar dei til å forbetre tenestene.
            nn Sjukehus og kommunar manglar ofte analysekompetanse til å utnytte eigne data.
            nn Det er fare for at tala blir viktigare enn det faglege skjønnet.
            nn Mange rapportar blir laga utan at nokon les dei.
            ## q2.goal4 g4.legemidler - Pasientens legemiddelliste
            nb En felles legemiddelliste er det viktigste enkelttiltaket for pasientsikkerheten.
            nb Feil i medisinlistene ved innleggelse og utskrivning skjer altfor ofte.
            nb Sykehjem og hjemmetjeneste må kunne oppdatere legemiddellisten, ikke bare lese den.
            nb Innføringen av pasientens legemiddelliste har tatt for lang tid og må prioriteres.
            nb Apotekene bør ha tilgang til den samme oppdaterte listen.
            nb Pasienten selv bør kunne se og kommentere sin egen legemiddelliste.
            nb Multidoseordningen må henge sammen med den nasjonale legemiddellisten.
            nb Uten en felles liste må fastlegen ringe rundt for å finne ut hva pasienten faktisk bruker.
            nn Ei felles legemiddelliste er det viktigaste enkelttiltaket for pasienttryggleiken.
            nn Feil i medisinlistene ved innlegging og utskriving skjer altfor ofte.
            nn Sjukeheim og heimeteneste må kunne oppdatere legemiddellista, ikkje berre lese ho.
            nn Apoteka bør ha tilgang til den same oppdaterte lista.
            ## q2.goal4 g4.overganger - Samhandling mellom sykehus, kommune og fastlege
            nb Epikriser kommer fortsatt for sent til fastlegen og kommunen.
            nb Utskrivning fra sykehus er det mest sårbare punktet for eldre pasienter.
            nb Helsefellesskapene bør få en tydelig rolle i arbeidet med digital samhandling.
            nb Fastlegen mangler ofte informasjon om hva som skjedde under sykehusoppholdet.
            nb Kommunen må få beskjed i god tid før en pasient skrives ut.
            nb Digitale dialogmeldinger mellom nivåene fungerer, men brukes for lite.
            nb Felles planer for pasienter med sammensatte behov bør være tilgjengelige for alle som deltar i behandlingen.
            nb Legevakten trenger opplysninger fra fastlegens journal på kveld og natt.
            nn Epikrisane kjem framleis for seint til fastlegen og kommunen.
            nn Utskriving frå sjukehus er det mest sårbare punktet for eldre pasientar.
            nn Fastlegen manglar ofte informasjon om kva som skjedde under sjukehusopphaldet.
            nn Legevakta treng opplysningar frå journalen til fastlegen på kveld og natt.
            ## q2.goal4 g4.tilgang - Tilgangsstyring og tjenstlig behov
            nb Tilgang til journal må styres etter tjenstlig behov, også når informasjonen deles på tvers.
            nb Dagens tilgangsstyring er enten for streng til å være praktisk eller for åpen til å være trygg.
            nb Det må være enkelt å gi tilgang i akutte situasjoner, og like enkelt å kontrollere i etterkant.
            nb Logger over oppslag må gjennomgås systematisk, ikke bare ved mistanke.
            nb Et felles nasjonalt rammeverk for tilgangsstyring vil gjøre deling tryggere.
            nb Studenter og vikarer får ofte bredere tilgang enn de trenger.
            nb Tillitsmodellen mellom virksomhetene må avklares før mer informasjon deles.
            nb Pasienten bør kunne sperre deler av journalen for innsyn fra andre virksomheter.
            nn Tilgang til journal må styrast etter tenestleg behov, òg når informasjonen blir delt på tvers.
            nn Loggar over oppslag må gåast gjennom systematisk, ikkje berre ved mistanke.
            nn Studentar og vikarar får ofte breiare tilgang enn dei treng.
            nn Pasienten bør kunne sperre delar av journalen for innsyn frå andre verksemder.
            ## q2.goal4 g4.deling - Deling av dokumenter framfor meldinger
            nb Informasjon bør deles der den ligger, i stedet for å sendes som meldinger mellom systemer.
            nb Dokumentdeling gjennom kjernejournal bør utvides til flere typer dokumenter.
            nb En felles arkitektur for samhandling må ligge til grunn for alle nye løsninger.
            nb Meldingsutveksling skaper kopier som raskt blir utdaterte.
            nb Det bør bli mulig å hente prøvesvar og bilder fra andre virksomheter direkte i eget system.
            nb Overgangen fra meldinger til deling krever en plan over flere år.
            nb Alle aktører bør kunne koble seg på de nasjonale samhandlingsløsningene på like vilkår.
            nb Deling krever at journalsystemene kan vise dokumenter fra andre på en oversiktlig måte.
            nn Informasjon bør delast der ho ligg, i staden for å sendast som meldingar mellom system.
            nn Meldingsutveksling skaper kopiar som fort blir utdaterte.
            nn Ein felles arkitektur for samhandling må liggje til grunn for alle nye løysingar.
            nn Det bør bli mogleg å hente prøvesvar og bilete frå andre verksemder direkte i eige system.
            ## q2.goal4 g4.sektorer - Samhandling med NAV, skole og barnevern
            nb Samhandlingen med NAV om sykmeldte og personer på arbeidsavklaring er for tungvint.
            nb Skole, PPT og helsetjeneste trenger trygge måter å dele informasjon om barn på.
            nb Barnevernet må kunne samarbeide digitalt med helsetjenesten når barn trenger det.
            nb Strategien er for snevert avgrenset til helse- og omsorgssektoren.
            nb Mange pasienter har behov som går på tvers av sektorene, men det gjør ikke systemene.
            nb Kriminalomsorgen og helsetjenesten bør kunne dele nødvendig informasjon om innsatte.
            nb Unge som faller ut av skolen, trenger en samordnet innsats fra flere etater.
            nb Det bør utredes felles løsninger for samtykke til deling mellom sektorene.
            nn Samhandlinga med NAV om sjukmelde er for tungvinn.
            nn Skule, PPT og helseteneste treng trygge måtar å dele informasjon om born på.
            nn Strategien er for snevert avgrensa til helse- og omsorgssektoren.
            nn Barnevernet må kunne samarbeide digitalt med helsetenesta når born treng det.
            ## q2.goal4 g4.innsyn - Pasientens innsyn i egen journal
            nb Pasienter bør få lese hele journalen sin digitalt, uansett hvem som har skrevet den.
            nb Innsyn i journal fra kommunale tjenester og private behandlere mangler i dag.
            nb Prøvesvar bør være tilgjengelige for pasienten uten unødig forsinkelse.
            nb Innsyn må kombineres med mulighet til å be om retting av feil.
            nb Det bør vises tydelig hvem som har sett i journalen.
            nb Helsepersonell må vite hva pasienten kan lese, og skrive deretter.
            nb Journalinnsyn for barn og unge trenger gode regler for hva foreldrene får se.
            nb Innsyn gjør pasientene tryggere og bedre forberedt til konsultasjoner.
            nn Pasientar bør få lese heile journalen sin digitalt, same kven som har skrive han.
            nn Innsyn i journal frå kommunale tenester og private behandlarar manglar i dag.
            nn Prøvesvar bør vere tilgjengelege for pasienten utan unødig forseinking.
            nn Innsyn må kombinerast med høve til å be om retting av feil.
            ## q2.goal5 g5.standardkrav - Forpliktende standarder i alle anskaffelser
            nb Det viktigste virkemidlet er å gjøre standardene forpliktende.
            nb Alle offentlige anskaffelser av helse-IT bør stille krav om nasjonale standarder.
            nb En forskrift om standarder ville gitt leverandørene klare rammer.
            nb Standarder som er frivillige, blir i praksis ikke fulgt.
            nb Det bør finnes en ordning for sertifisering av systemer som følger standardene.
            nb Kravene må gjelde også når virksomheter kjøper skytjenester.
            nb Sanksjoner ved brudd på standardene bør vurderes.
            nb Det trengs en nasjonal katalog over hvilke standarder som gjelder.
            nn Det viktigaste verkemiddelet er å gjere standardane bindande.
            nn Alle offentlege innkjøp av helse-IT bør krevje nasjonale standardar.
            nn Standardar som er frivillige, blir i praksis ikkje følgde.
            nn Det bør finnast ei ordning for sertifisering av system som følgjer standardane.
            ## q2.goal5 g5.marked - Store fellesløsninger stenger ute mindre leverandører
            nb Store samlede anskaffelser gjør at bare et fåtall leverandører kan konkurrere.
            nb Modulære løsninger åpner for flere leverandører og mer innovasjon.
            nb Erfaringene fra store journalprosjekter viser risikoen ved å legge alt i én kontrakt.
            nb Mindre leverandører må kunne levere enkeltmoduler som virker sammen med resten.
            nb Det offentlige bør unngå å bli for avhengig av én leverandør.
            nb Konkurranse om deler av løsningen gir bedre priser og mer nytenking.
            nb Utlysningene må deles opp slik at små og mellomstore bedrifter kan delta.
            nb Virkemidlene i mål 5 favoriserer i dag de største aktørene.
            nn Store samla innkjøp gjer at berre eit fåtal leverandørar kan konkurrere.
            nn Modulære løysingar opnar for fleire leverandørar og meir innovasjon.
            nn Det offentlege bør unngå å bli for avhengig av éin leverandør.
            nn Utlysingane må delast opp slik at små og mellomstore bedrifter kan vere med.
            ## q2.goal5 g5.finansiering - Finansieringsmodellen for nasjonale e-helseløsninger
            nb Dagens finansieringsmodell for nasjonale e-helseløsninger er uforutsigbar for kommunene.
            nb Staten bør ta en større del av regningen for de nasjonale fellesløsningene.
            nb Det er urimelig at kommunene betaler for løsninger de ikke har vært med på å bestemme.
            nb Prisene for nasjonale tjenester øker fra år til år uten god begrunnelse.
            nb Finansieringen bør knyttes til hvem som faktisk har nytte av løsningen.
            nb Vi foreslår en ordning med statlig medfinansiering for innføring i kommunene.
            nb Det mangler en langsiktig plan for hvordan drift av fellesløsningene skal betales.
            nb Fakturering mellom offentlige virksomheter skaper mye administrasjon og lite verdi.
            nn Dagens finansieringsmodell for nasjonale e-helseløysingar er uføreseieleg for kommunane.
            nn Staten bør ta ein større del av rekninga for dei nasjonale fellesløysingane.
            nn Det er urimeleg at kommunane betaler for løysingar dei ikkje har vore med på å bestemme.
            nn Det manglar ein langsiktig plan for korleis drifta av fellesløysingane skal betalast.
            ## q2.goal5 g5.styring - Styringsmodell, roller og ansvar
            nb Ansvarsfordelingen mellom de nasjonale aktørene er uklar.
            nb Den nasjonale styringsmodellen bør forenkles.
            nb Det må komme tydeligere fram hvem som har myndighet til å ta beslutninger.
            nb Kommunene og helseforetakene må ha reell innflytelse i styringen.
            nb Mange utvalg og råd gir lange prosesser og lite handling.
            nb Private tjenesteytere og pasientorganisasjoner bør være representert i styringsmodellen.
            nb Helsefellesskapene bør få en større rolle i den nasjonale samstyringen.
            nb Styringen må være forpliktende for alle parter, ikke bare rådgivende.
            nn Ansvarsdelinga mellom dei nasjonale aktørane er uklar.
            nn Den nasjonale styringsmodellen bør forenklast.
            nn Det må kome tydelegare fram kven som har mynde til å ta avgjerder.
            nn Mange utval og råd gir lange prosessar og lite handling.
            ## q2.goal5 g5.regelverk - Regelverk og juridiske hindre
            nb Regelverket henger etter den teknologiske utviklingen.
            nb Taushetsplikten blir ofte tolket så strengt at nødvendig deling ikke skjer.
            nb Det trengs klarere hjemler for deling av informasjon mellom virksomheter.
            nb Juridiske avklaringer tar så lang tid at gode prosjekter stopper opp.
            nb Ulike tolkninger av personvernforordningen gir ulik praksis mellom kommunene.
            nb Vi foreslår en nasjonal juridisk veileder for digitalisering i helsetjenesten.
            nb Lovverket bør gi rom for utprøving av nye løsninger i regulatoriske sandkasser.
            nb Regelverket for journalføring bør moderniseres.
            nn Regelverket heng etter den teknologiske utviklinga.
            nn Teieplikta blir ofte tolka så strengt at naudsynt deling ikkje skjer.
            nn Det trengst klarare heimlar for deling av informasjon mellom verksemder.
            nn Juridiske avklaringar tek så lang tid at gode prosjekt stoppar opp.
            ## q2.goal5 g5.gevinster - Gevinstrealisering og målte effekter
            nb Gevinstene av digitaliseringen må dokumenteres, ikke bare forutsettes.
            nb Mange prosjekter avsluttes før noen har målt om de ga den ventede effekten.
            nb Gevinstrealisering krever at arbeidsprosesser endres, ikke bare at ny teknologi tas i bruk.
            nb Det bør stilles krav om gevinstplaner for alle nasjonale tiltak.
            nb Innsparingene kommer ofte et annet sted enn der kostnadene tas.
            nb Erfaringer fra vellykkede prosjekter bør spres systematisk.
            nb Det trengs bedre metoder for å beregne nytten av e-helsetiltak.
            nb Ledere må holdes ansvarlige for å hente ut gevinstene.
            nn Gevinstane av digitaliseringa må dokumenterast, ikkje berre takast for gitt.
            nn Mange prosjekt blir avslutta før nokon har målt om dei gav den venta effekten.
            nn Innsparingane kjem ofte ein annan stad enn der kostnadene blir tekne.
            nn Det bør krevjast gevinstplanar for alle nasjonale tiltak.
            ## q3 q3.rapportering - Åpen rapportering på måloppnåelse
            nb Det bør rapporteres årlig på hvordan det går med hvert av målene.
            nb Resultatene må publiseres åpent slik at alle kan følge med.
            nb En enkel oversikt over status for indikatorene ville gjort oppfølgingen tydeligere.
            nb Rapporteringen bør vise både hva som er oppnådd og hva som har stoppet opp.
            nb Stortinget bør få en årlig melding om status for e-helsearbeidet.
            nb Rapportene må være korte og forståelige, ikke hundre sider med tabeller.
            nb Avvik fra planen må forklares og følges opp.
            nb Et åpent dashbord med indikatorene bør oppdateres jevnlig.
            nn Det bør rapporterast årleg på korleis det går med kvart av måla.
            nn Resultata må publiserast ope slik at alle kan følgje med.
            nn Rapporteringa bør vise både kva som er oppnådd og kva som har stoppa opp.
            nn Avvik frå planen må forklarast og følgjast opp.
            ## q3 q3.medvirkning - Brukere og helsepersonell i oppfølgingen
            nb Pasienter og pårørende må være med i oppfølgingen, ikke bare i høringen.
            nb Brukerorganisasjonene bør ha faste plasser i de organene som følger opp strategien.
            nb Helsepersonell som bruker løsningene, må få si sin mening underveis.
            nb Det bør gjennomføres jevnlige innspillsrunder med hele sektoren.
            nb Innbyggere bør kunne gi tilbakemelding på de digitale tjenestene på en enkel måte.
            nb Fagforeningene må involveres når digitalisering endrer arbeidshverdagen.
            nb Oppfølgingen må også fange opp erfaringene til dem som ikke bruker digitale tjenester.
            nb Brukerpaneler med pasienter fra ulike grupper kan gi verdifulle innspill.
            nn Pasientar og pårørande må vere med i oppfølginga, ikkje berre i høyringa.
            nn Brukarorganisasjonane bør ha faste plassar i dei organa som følgjer opp strategien.
            nn Helsepersonell som brukar løysingane, må få seie meininga si undervegs.
            nn Det bør haldast jamlege innspelsrundar med heile sektoren.
            ## q3 q3.kommuner - Kommunene og KS i oppfølgingen
            nb Kommunesektoren må være representert der prioriteringene gjøres.
            nb KS bør ha en sentral rolle i den videre oppfølgingen.
            nb Oppfølgingen må ta hensyn til at kommunene har ulike forutsetninger.
            nb Små kommuner trenger støtte for å kunne delta i oppfølgingsarbeidet.
            nb Kommunene bør få delta i prioriteringen av hvilke tiltak som skal gjennomføres først.
            nb Det må avsettes tid og ressurser slik at kommunene kan delta aktivt.
            nb Regionale nettverk kan være en god kanal for å involvere kommunene.
            nb Oppfølgingen har hittil vært for sterkt preget av spesialisthelsetjenesten.
            nn Kommunesektoren må vere representert der prioriteringane blir gjorde.
            nn KS bør ha ei sentral rolle i den vidare oppfølginga.
            nn Små kommunar treng støtte for å kunne delta i oppfølgingsarbeidet.
            nn Regionale nettverk kan vere ein god kanal for å involvere kommunane.
            ## q3 q3.handlingsplan - Handlingsplan med tiltak, ansvar og frister
            nb Strategien bør følges av en handlingsplan med konkrete tiltak.
            nb Hvert tiltak må ha en ansvarlig aktør og en frist.
            nb Uten en plan for gjennomføring blir strategien liggende i en skuff.
            nb Handlingsplanen bør rulleres hvert år.
            nb Det bør komme fram hvilke tiltak som er finansiert, og hvilke som ikke er det.
            nb Vi ber om at handlingsplanen sendes på høring.
            nb Tiltakene bør prioriteres etter nytte for pasienter og helsepersonell.
            nb Et konkret veikart for de neste tre årene ville gjort strategien mer troverdig.
            nn Strategien bør følgjast av ein handlingsplan med konkrete tiltak.
            nn Kvart tiltak må ha ein ansvarleg aktør og ein frist.
            nn Handlingsplanen bør rullerast kvart år.
            nn Utan ein plan for gjennomføring blir strategien liggjande i ei skuff.
            ## q3 q3.revisjon - Evaluering og revisjon av strategien
            nb Strategien bør evalueres underveis, ikke bare når perioden er over.
            nb Indikatorene bør vurderes på nytt etter et par år.
            nb En uavhengig evaluering vil gi større troverdighet.
            nb Teknologien utvikler seg raskt, og strategien må kunne justeres.
            nb Det bør settes en fast dato for en midtveisevaluering.
            nb Erfaringene fra forrige strategiperiode bør evalueres før den nye starter.
            nb Målene må kunne endres dersom de viser seg å være feil.
            nb Revisjonen bør skje i åpne prosesser med mulighet for innspill.
            nn Strategien bør evaluerast undervegs, ikkje berre når perioden er over.
            nn Indikatorane bør vurderast på nytt etter eit par år.
            nn Ei uavhengig evaluering vil gi større truverd.
            nn Teknologien utviklar seg raskt, og strategien må kunne justerast.
            ## q3 q3.samordning - Samordning med andre planer og strategier
            nb Oppfølgingen må ses i sammenheng med Nasjonal helse- og samhandlingsplan.
            nb Det er mange parallelle strategier, og sammenhengen mellom dem er uklar.
            nb Regionale og lokale planer bør kunne bygge direkte på den nasjonale strategien.
            nb Digitaliseringsstrategien for offentlig sektor må henge sammen med denne.
            nb Samordning med forskningsstrategiene er nødvendig for mål 3.
            nb Helseforetakenes egne planer bør speile de nasjonale målene.
            nb Overlappende initiativer bør slås sammen.
            nb Det trengs en oversikt over hvilke planer som gjelder, og hvordan de henger sammen.
            nn Oppfølginga må sjåast i samanheng med Nasjonal helse- og samhandlingsplan.
            nn Det finst mange parallelle strategiar, og samanhengen mellom dei er uklar.
            nn Regionale og lokale planar bør kunne byggje direkte på den nasjonale strategien.
            nn Overlappande initiativ bør slåast saman.
            ## q4 q4.beredskap - Beredskap, sårbarhet og reserveløsninger
            nb Jo mer digital helsetjenesten blir, desto mer sårbar blir den ved strømbrudd og dataangrep.
            nb Strategien bør ha et eget kapittel om beredskap og reserveløsninger.
            nb Sykehusene må kunne drive forsvarlig også når IT-systemene er nede.
            nb Avhengighet av utenlandske skytjenester er en risiko i en krise.
            nb Øvelser på bortfall av digitale systemer bør bli obligatoriske.
            nb Angrep med løsepengevirus mot sykehus i andre land viser hvor sårbare vi er.
            nb Pandemien viste at digitale løsninger kan styrke beredskapen, men også at de kan svikte.
            nb Det må finnes manuelle rutiner som personalet faktisk har øvd på.
            nn Di meir digital helsetenesta blir, di meir sårbar blir ho ved straumbrot og dataåtak.
            nn Strategien bør ha eit eige kapittel om beredskap og reserveløysingar.
            nn Sjukehusa må kunne drive forsvarleg òg når IT-systema er nede.
            nn Det må finnast manuelle rutinar som personalet faktisk har øvd på.
            ## q4 q4.takk - Takk for høringen og ønske om å bidra videre
            nb Takk for muligheten til å gi innspill til strategien.
            nb Vi bidrar gjerne videre i arbeidet med strategien.
            nb Det er fint at så mange inviteres til å si sin mening.
            nb Vi stiller gjerne opp på møter for å utdype innspillene våre.
            nb Takk for et grundig og godt forarbeid.
            nb Ta kontakt om dere ønsker mer informasjon om våre erfaringer.
            nb Vi ser fram til å følge det videre arbeidet.
            nb Høringen har vært nyttig for oss å delta i.
            nn Takk for at vi fekk kome med innspel.
            nn Vi bidreg gjerne vidare i arbeidet med strategien.
            nn Det er fint at så mange blir inviterte til å seie meininga si.
            nn Vi ser fram til å følgje det vidare arbeidet.
            ## q4 q4.analog - Analoge alternativer må finnes
            nb Det må alltid være mulig å ringe eller møte opp i stedet for å bruke en digital tjeneste.
            nb Papirbrev må fortsatt være et alternativ for dem som ønsker det.
            nb Digitale tjenester skal være et tillegg, ikke en erstatning for personlig kontakt.
            nb Ingen bør tvinges til å bruke BankID for å få helsehjelp.
            nb Resepsjonen på legekontoret må fortsatt kunne ta imot pasienter som ikke bruker nett.
            nb Telefontiden hos fastlegen bør ikke bygges ned fordi det finnes digitale alternativer.
            nb Analoge løsninger må være like gode, ikke et dårligere tilbud.
            nb Det bør lovfestes en rett til ikke-digital kontakt med helsetjenesten.
            nn Det må alltid vere mogleg å ringje eller møte opp i staden for å bruke ei digital teneste.
            nn Papirbrev må framleis vere eit alternativ for dei som ønskjer det.
            nn Digitale tenester skal vere eit tillegg, ikkje ei erstatning for personleg kontakt.
            nn Ingen bør tvingast til å bruke BankID for å få helsehjelp.
            ## q4 q4.sprak - Språket i strategidokumentet
            nb Strategidokumentet er tungt å lese for folk flest.
            nb Mange begreper brukes uten forklaring, og en ordliste ville hjulpet.
            nb Dokumentet bør ha et kort sammendrag i klarspråk.
            nb Bruken av engelske fagord bør begrenses.
            nb Figurene er vanskelige å forstå uten forkunnskaper.
            nb Strategien bør også finnes på nynorsk, samisk og engelsk.
            nb Setningene er lange og abstrakte, og budskapet forsvinner.
            nb Det hadde vært nyttig med eksempler som viser hva målene betyr i praksis.
            nn Strategidokumentet er tungt å lese for dei fleste.
            nn Mange omgrep blir brukte utan forklaring, og ei ordliste ville hjelpt.
            nn Dokumentet bør ha eit kort samandrag i klarspråk.
            nn Strategien bør òg finnast på nynorsk og samisk.
            ## q4 q4.glemte - Grupper og fagområder som mangler i strategien
            nb Tannhelsetjenesten er nesten ikke nevnt i strategien.
            nb Rus og psykisk helse bør få en tydeligere plass.
            nb Den samiske befolkningens behov er ikke omtalt.
            nb Private helsetjenester og avtalespesialister er utelatt fra mange av tiltakene.
            nb Rehabilitering og habilitering glemmes ofte i digitaliseringen.
            nb Strategien sier lite om pårørende som gruppe.
            nb Personer med sjeldne diagnoser har særlige behov som ikke er omtalt.
            nb Frivillige organisasjoner gjør mye i helse- og omsorgsarbeidet, men er ikke nevnt.
            nn Tannhelsetenesta er nesten ikkje nemnd i strategien.
            nn Rus og psykisk helse bør få ein tydelegare plass.
            nn Behova til den samiske befolkninga er ikkje omtalte.
            nn Rehabilitering og habilitering blir ofte gløymde i digitaliseringa.
            ## q4 q4.baerekraft - Bærekraft: digitalisering sparer ikke alltid ressurser
            nb Digitalisering gir ikke automatisk innsparinger; ofte flyttes bare arbeidet.
            nb Strategien bør drøfte hva bærekraft betyr i en sektor med økende behov og færre ansatte.
            nb Nye digitale tjenester kan skape ny etterspørsel som øker presset på helsepersonell.
            nb Miljøavtrykket fra datasentre og utstyr bør også tas med i vurderingen.
            nb Mangelen på helsepersonell er den største utfordringen, og teknologien må hjelpe der.
            nb Det er et paradoks at digitalisering ofte gir flere oppgaver, ikke færre.
            nb En bærekraftig helsetjeneste krever at vi også slutter med noe.
            nb Strategien bør vurdere hvilke oppgaver som kan løses helt uten helsepersonell.
            nn Digitalisering gir ikkje automatisk innsparingar; ofte blir berre arbeidet flytta.
            nn Nye digitale tenester kan skape ny etterspurnad som aukar presset på helsepersonell.
            nn Mangelen på helsepersonell er den største utfordringa, og teknologien må hjelpe der.
            nn Ei berekraftig helseteneste krev at vi òg sluttar med noko.
            """;

    // ------------------------------------------------------------------------------------------------------------
    // Sentences that carry no theme: openers, transitions, closings (nb / nn; {org} is the organisation's name).

    static final List<String> ORG_OPENER_NB = List.of(
            "Vi viser til høringsbrevet av 3. mai 2022 og takker for anledningen til å uttale oss.",
            "{org} har gått gjennom høringsdokumentet og har følgende merknader.",
            "Dette er høringssvaret fra {org}.",
            "Vi har følgende kommentarer til forslaget.",
            "Uttalelsen er utarbeidet av en arbeidsgruppe i {org}.");
    static final List<String> ORG_OPENER_NN = List.of(
            "Vi viser til høyringsbrevet av 3. mai 2022 og takkar for høvet til å uttale oss.",
            "{org} har gått gjennom høyringsdokumentet og har følgjande merknader.",
            "Dette er høyringssvaret frå {org}.");
    static final List<String> PERSON_OPENER_NB = List.of(
            "Jeg er sykepleier, men skriver som privatperson.",
            "Jeg skriver som pensjonist og fast bruker av helsetjenesten.",
            "Jeg jobber i helsesektoren, men dette er mine egne synspunkter.",
            "Jeg er mor til et barn med en kronisk sykdom.",
            "Skriver dette på vegne av meg selv.",
            "Jeg er lege i spesialisering og har fulgt debatten om e-helse en stund.");
    static final List<String> PERSON_OPENER_NN = List.of(
            "Eg er sjukepleiar, men skriv som privatperson.",
            "Eg skriv som pensjonist og fast brukar av helsetenesta.",
            "Eg arbeider i helsesektoren, men dette er mine eigne synspunkt.");
    static final List<String> ANSWER_OPENER_NB = List.of(
            "Ja.", "Ja, langt på vei.", "Kort kommentert:", "Noen merknader til dette punktet.", "Vi har tre innspill her.");
    static final List<String> ANSWER_OPENER_NN = List.of(
            "Ja.", "Ja, langt på veg.", "Nokre merknader til dette punktet.");
    static final List<String> TRANSITION_NB = List.of(
            "I tillegg:", "Et annet forhold er dette.", "Så over til noe annet.", "Videre:", "Et siste poeng.");
    static final List<String> TRANSITION_NN = List.of(
            "I tillegg:", "Så over til noko anna.", "Vidare:", "Eit siste poeng.");
    static final List<String> CLOSER_NB = List.of(
            "Ellers ingen merknader.", "Se også svaret under spørsmål 4.", "Dette bør utredes nærmere.",
            "Mer om dette under neste spørsmål.", "Det var det hele.");
    static final List<String> CLOSER_NN = List.of(
            "Elles ingen merknader.", "Sjå òg svaret under spørsmål 4.", "Dette bør greiast ut nærare.");
    static final List<String> NOTHING_NB = List.of("Ingen merknader.", "Ingen kommentar.", "Nei, ikke utover det som står over.");
    static final List<String> NOTHING_NN = List.of("Ingen merknader.", "Ingen kommentar.");

    // ------------------------------------------------------------------------------------------------------------
    // The four form letters.

    static final String C1_GOAL1 = "Som pårørende opplever jeg at helsetjenesten snakker varmt om medvirkning, men stenger "
            + "døren for oss som står pasienten nærmest. Når min nærmeste ikke lenger klarer å logge seg inn selv, finnes "
            + "det ingen enkel måte for meg å hjelpe til digitalt.\nJeg ber om at strategien gir pårørende en egen rett til "
            + "digital tilgang når pasienten ønsker det eller ikke selv kan samtykke, og at en fullmakt kan ordnes på et "
            + "par minutter, ikke etter uker med skjemaer.";
    static final String C1_Q4 = "Pårørende er nevnt nesten ingen steder i strategien, selv om vi står for en stor del av "
            + "omsorgen i Norge. Vi må regnes med som en egen gruppe i alle mål og tiltak.";

    static final String C2_Q1 = "Jeg støtter ikke målene slik de står i dag, fordi strategien tar for gitt at de digitale "
            + "systemene alltid virker. Helseopplysningene våre blir samlet i stadig større løsninger, og da blir "
            + "konsekvensene store hvis noen bryter seg inn eller opplysningene lekker ut.\nStrategien må stille langt "
            + "strengere krav til informasjonssikkerhet hos alle som behandler helseopplysninger.";
    static final String C2_Q4 = "Jeg ber også om at det lages en plan for hvordan sykehus, legevakt og hjemmetjeneste skal "
            + "arbeide når nettet eller strømmen er borte i flere dager. Slike situasjoner må øves på jevnlig.";
    static final String[][] C2_SYNONYMS = {
            {"fordi", "siden"}, {"tar for gitt", "forutsetter"}, {"stadig større", "stadig mer omfattende"},
            {"lekker ut", "kommer på avveie"}, {"langt strengere", "mye strengere"},
            {"helseopplysninger.", "pasientopplysninger."}, {"jevnlig", "regelmessig"},
            {"Jeg ber også om", "Jeg ber i tillegg om"}, {"i flere dager", "i lengre tid"},
            {"konsekvensene store", "følgene alvorlige"}, {"systemene alltid virker", "systemene aldri svikter"},
            {"Slike situasjoner", "Slike hendelser"}};

    static final String C3_GOAL4 = "Jeg støtter målet om tilgjengelig informasjon, men hverdagen vår er fortsatt preget av "
            + "epikriser som kommer for sent og legemiddellister som ikke stemmer. Hver uke bruker vi tid på å ringe rundt "
            + "for å finne ut hva som egentlig ble bestemt på sykehuset.\nJeg ber om at pasientens legemiddelliste innføres "
            + "i hele landet innen to år, og at kommunen og fastlegen får beskjed samme dag som pasienten skrives ut.";
    static final List<String> C3_ROLES_NB = List.of("fastlege", "sykepleier i hjemmesykepleien", "sykehjemslege",
            "farmasøyt", "legevaktslege", "avdelingssykepleier", "helsesekretær");
    static final List<String> C3_ROLES_NN = List.of("fastlege", "sjukepleiar i heimesjukepleia", "sjukeheimslege",
            "farmasøyt", "legevaktlege");
    static final List<String> C3_INTRO_NB = List.of(
            "Jeg har jobbet som {role} i {place} i {years} år.",
            "Som {role} i {place} møter jeg dette nesten daglig.",
            "Jeg er {role} og har {years} års erfaring fra {place}.");
    static final List<String> C3_INTRO_NN = List.of(
            "Eg har arbeidd som {role} i {place} i {years} år.",
            "Som {role} i {place} møter eg dette nesten kvar dag.");
    /** Experiences a sender adds, each with the goal-4 theme it carries. */
    static final String[][] C3_EXPERIENCE_NB = {
            {"g4.tilgang", "Forrige måned fikk jeg ikke åpnet journalen til en pasient jeg hadde ansvar for, fordi tilgangen ikke var gitt i tide."},
            {"g4.tilgang", "Vi har fortsatt ikke tilgang til sykehusets journal, selv når pasienten selv ber om det."},
            {"g4.deling", "Prøvesvarene kommer som vedlegg, og vi må skrive dem inn for hånd i vårt eget system."},
            {"g4.deling", "Det hadde vært enkelt om vi bare kunne slå opp i de samme dokumentene som sykehuset ser."},
            {"g4.sektorer", "Mange av pasientene mine har også saker hos NAV, og informasjonen går i brev fram og tilbake."},
            {"g4.innsyn", "Pasientene spør meg stadig hvorfor de ikke kan lese det sykehuset har skrevet om dem."},
            {"g4.legemidler", "Sist uke fikk en av pasientene mine dobbel dose blodfortynnende fordi listen fra sykehuset var utdatert."}};
    static final String[][] C3_EXPERIENCE_NN = {
            {"g4.tilgang", "Førre månad fekk eg ikkje opna journalen til ein pasient eg hadde ansvar for, fordi tilgangen ikkje var gitt i tide."},
            {"g4.deling", "Prøvesvara kjem som vedlegg, og vi må skrive dei inn for hand i vårt eige system."},
            {"g4.sektorer", "Mange av pasientane mine har òg saker hos NAV, og informasjonen går i brev fram og tilbake."},
            {"g4.innsyn", "Pasientane spør meg stadig kvifor dei ikkje kan lese det sjukehuset har skrive om dei."},
            {"g4.legemidler", "Førre veke fekk ein av pasientane mine dobbel dose blodfortynnande fordi lista frå sjukehuset var utdatert."}};
    static final List<String> C3_CLOSING_NB = List.of("Jeg håper dere tar dette på alvor.", "Dette er hverdagen for oss.");
    static final List<String> C3_CLOSING_NN = List.of("Eg håpar de tek dette på alvor.", "Dette er kvardagen for oss.");

    static final String C4_BODY = "Vesterfjord helsesamarbeid";
    static final String C4_Q1_FIRST = "slutter seg til høringsuttalelsen fra " + C4_BODY + ".";
    static final String C4_Q1_REST = "Kommunene står for en stadig større del av helse- og omsorgstjenestene, og strategien "
            + "må gjenspeile dette. Nasjonale løsninger som kommunene pålegges å ta i bruk, må følges av statlig finansiering.";
    static final String C4_GOAL5 = "Vi støtter forslaget om at kommunesektoren skal ha flertall i et eget utvalg for "
            + "kommunale e-helsetjenester.";
    static final String C4_Q3 = "Oppfølgingen av strategien bør skje i tett samarbeid med helsefellesskapene og KS, slik at "
            + "også de minste kommunene blir hørt.";
    static final List<String> C4_EXTRA = List.of("Saken er behandlet i kommunestyret.",
            "Uttalelsen er vedtatt i formannskapet.", "Uttalelsen er godkjent av kommunedirektøren.");

    /** One part of a letter: the answer it goes in, its text, the themes it carries, the share of members sending it. */
    record Part(String question, String text, List<String> themes, double share) {
        Part(String question, String text, String... themes) {
            this(question, text, List.of(themes), 1.0);
        }
    }

    /** The four form letters of one corpus. */
    record Letters(
            String exactDescription, List<Part> exact, String exactChoice,
            String editedDescription, List<Part> edited, String editedChoice, double editedChoiceShare,
            String[][] synonyms,
            String personalDescription, Part personal, List<String> rolesNb, List<String> rolesNn,
            List<String> introNb, List<String> introNn, String[][] experiencesNb, String[][] experiencesNn,
            List<String> closingNb, List<String> closingNn,
            String organisationalDescription, String joinWe, String joinNamed, Part organisationalFirst,
            List<Part> organisationalMore, List<String> organisationalExtras) {
    }

    static final Letters LETTERS_A = new Letters(
            "Oppropet «Pårørende er ikke gjester»: identisk tekst fra privatpersoner",
            List.of(new Part("q2.goal1", C1_GOAL1, "g1.parorende"), new Part("q4", C1_Q4, "q4.glemte")), "no",
            "Nettverket «Trygg helse på nett»: felles tekst som hver avsender har endret litt",
            List.of(new Part("q1", C2_Q1, "q1.personvern"), new Part("q4", C2_Q4, "q4.beredskap")), "no", 0.85,
            C2_SYNONYMS,
            "Oppropet «Send informasjonen med pasienten» fra fastleger og sykepleiere, med egne tillegg",
            new Part("q2.goal4", C3_GOAL4, "g4.legemidler", "g4.overganger"), C3_ROLES_NB, C3_ROLES_NN,
            C3_INTRO_NB, C3_INTRO_NN, C3_EXPERIENCE_NB, C3_EXPERIENCE_NN, C3_CLOSING_NB, C3_CLOSING_NN,
            "Kommuner som slutter seg til uttalelsen fra " + C4_BODY,
            "Vi " + C4_Q1_FIRST.replace("slutter seg", "slutter oss"), "{name} " + C4_Q1_FIRST,
            new Part("q1", C4_Q1_REST, "q1.finansiering", "q1.kommuner"),
            List.of(new Part("q2.goal5", C4_GOAL5, List.of("g5.styring"), 0.7),
                    new Part("q3", C4_Q3, List.of("q3.kommuner"), 0.75)),
            C4_EXTRA);

    /** A second set of letters on other questions and themes, to check that campaign finding does not fit set a. */
    static final Letters LETTERS_B = new Letters(
            "Oppropet «Fra ord til handling»: identisk tekst fra privatpersoner",
            List.of(new Part("q1", "Jeg kan ikke slutte meg til målene før strategien sier hva som faktisk skal "
                            + "gjøres. Dokumentet er fullt av gode intensjoner, men jeg finner ikke ett eneste tiltak med "
                            + "en frist eller en prislapp.\nUten penger på bordet blir dette enda en strategi som ingen "
                            + "merker noe til på sykehjemmet eller legekontoret.", "q1.finansiering", "q1.vag"),
                    new Part("q3", "Jeg ber om at det legges fram en handlingsplan med konkrete tiltak, ansvarlige og "
                            + "frister innen et år.", "q3.handlingsplan")),
            "no",
            "Forbundets oppfordring «Mennesker før maskiner»: felles tekst som hver avsender har endret litt",
            List.of(new Part("q2.goal2", "Kunstig intelligens og nye digitale verktøy kan gjøre hverdagen enklere, "
                            + "men bare hvis de som jobber i tjenestene får være med og bestemme hvordan de brukes. "
                            + "Altfor ofte innføres nye løsninger ovenfra uten at noen har spurt oss.\nJeg ber om at "
                            + "strategien slår fast at ansatte skal involveres før ny teknologi tas i bruk, og at det "
                            + "alltid er et menneske som tar de faglige avgjørelsene.", "g2.involvering", "g2.ki"),
                    new Part("q4", "Teknologi kan aldri erstatte hender og tid til omsorg. Strategien må ikke brukes "
                            + "som et argument for å kutte i bemanningen.", "q4.baerekraft")),
            "dont_know", 0.7,
            new String[][] {
                    {"gjøre hverdagen enklere", "lette arbeidsdagen"}, {"Altfor ofte", "Alt for ofte"},
                    {"ovenfra", "fra toppen"}, {"spurt oss", "spurt de ansatte"}, {"slår fast", "sier tydelig"},
                    {"tas i bruk", "innføres"}, {"avgjørelsene", "beslutningene"},
                    {"kan aldri erstatte", "kan ikke erstatte"}, {"kutte i bemanningen", "redusere bemanningen"},
                    {"nye digitale verktøy", "andre digitale verktøy"}, {"Jeg ber om", "Jeg ber derfor om"},
                    {"hender og tid", "varme hender og tid"}},
            "Pasientforeningens opprop «Oppfølging hjemme», med egne erfaringer",
            new Part("q2.goal1", "Jeg lever med en kronisk sykdom og vil heller følges opp hjemme enn å reise til "
                    + "sykehuset for hver kontroll. Digital hjemmeoppfølging har gjort hverdagen min tryggere, men "
                    + "tilbudet er ulikt fra sted til sted.\nJeg ber om at hjemmeoppfølging blir et tilbud i hele "
                    + "landet, og at de som ikke har krefter til å måle og rapportere selv, får hjelp fra "
                    + "helsetjenesten.", "g1.hjemme", "g1.ressurssvake"),
            List.of("diabetes", "hjertesvikt", "KOLS", "epilepsi", "en revmatisk sykdom", "nyresvikt"),
            List.of("diabetes", "hjartesvikt", "KOLS", "epilepsi", "ein revmatisk sjukdom"),
            List.of("Jeg har hatt {role} i {years} år og bor i {place}.",
                    "Jeg bor i {place} og har levd med {role} i {years} år."),
            List.of("Eg har hatt {role} i {years} år og bur i {place}.",
                    "Eg bur i {place} og har levd med {role} i {years} år."),
            new String[][] {
                    {"g1.innbyggertjenester", "Jeg må bruke tre ulike apper for å holde oversikt over timer og prøvesvar."},
                    {"g1.tilgjengelighet", "Synet mitt er dårlig, og skjermleseren fungerer ikke i appen jeg har fått utdelt."},
                    {"g1.parorende", "Det er datteren min som hjelper meg med målingene, men hun får ikke logge inn på mine vegne."},
                    {"g1.indikatorer", "Ingen har noen gang spurt meg om oppfølgingen faktisk har hjulpet."},
                    {"g1.hjemme", "Nettbrettet fra kommunen har spart meg for mange turer til sykehuset."}},
            new String[][] {
                    {"g1.innbyggertjenester", "Eg må bruke tre ulike appar for å halde oversikt over timar og prøvesvar."},
                    {"g1.parorende", "Det er dottera mi som hjelper meg med målingane, men ho får ikkje logge inn på vegner av meg."},
                    {"g1.tilgjengelighet", "Synet mitt er dårleg, og skjermlesaren fungerer ikkje i appen eg har fått."},
                    {"g1.hjemme", "Nettbrettet frå kommunen har spart meg for mange turar til sjukehuset."}},
            List.of("Håper dette blir lest.", "Sånn er det å være pasient i dag."),
            List.of("Håpar dette blir lese.", "Slik er det å vere pasient i dag."),
            "Kommuner som støtter uttalelsen fra Regionrådet i Nordre Dal",
            "Vi støtter uttalelsen fra Regionrådet i Nordre Dal.", "{name} støtter uttalelsen fra Regionrådet i Nordre Dal.",
            new Part("q1", "Felles standarder er en forutsetning for at kommunene kan samhandle med sykehusene, og de "
                    + "må gjelde for alle leverandører.", "q1.leverandorer", "q1.standarder"),
            List.of(new Part("q2.goal4", "Digital samhandling ved inn- og utskrivning må prioriteres, særlig for eldre "
                            + "pasienter med sammensatte behov.", List.of("g4.overganger"), 0.7),
                    new Part("q4", "Kommunene må ha reserveløsninger når nasjonale systemer er utilgjengelige.",
                            List.of("q4.beredskap"), 0.6)),
            List.of("Uttalelsen er behandlet i helse- og omsorgsutvalget.", "Vedtaket var enstemmig."));

    // ------------------------------------------------------------------------------------------------------------
    // Names.

    static final List<String> FIRST = List.of("Ingrid", "Kari", "Hanne", "Siri", "Tone", "Randi", "Marit", "Astrid",
            "Live", "Maja", "Elin", "Gunn", "Heidi", "Sunniva", "Fatima", "Aisha", "Agnieszka", "Mai", "Ole", "Per",
            "Jon", "Bjørn", "Geir", "Terje", "Rune", "Sverre", "Even", "Håkon", "Sindre", "Eirik", "Mohammed", "Ali",
            "Tomasz", "Nguyen", "Trond", "Leif", "Gro", "Vigdis", "Torunn", "Audun");
    static final List<String> LAST = List.of("Aasen", "Berge", "Dahle", "Eide", "Fossum", "Gjerde", "Haugland", "Isaksen",
            "Jakobsen", "Kleppe", "Lunde", "Moen", "Nygård", "Olsen", "Pettersen", "Rød", "Strand", "Tveit", "Ulvestad",
            "Vold", "Wold", "Ødegård", "Aune", "Brekken", "Engen", "Flaten", "Grønlie", "Hovland", "Kvamme", "Lie",
            "Myrvold", "Næss", "Opsahl", "Riise", "Sletten", "Tangen", "Khan", "Hussain", "Kowalski", "Tran");
    static final List<String> PLACE_A = List.of("Lyng", "Sand", "Fjell", "Stor", "Nord", "Vest", "Aust", "Elv", "Myr",
            "Strand", "Skog", "Holm", "Furu", "Hval", "Ørne", "Tind", "Sol", "Ask", "Lauv", "Kvit", "Rein", "Sel", "Ras");
    static final List<String> PLACE_B = List.of("vik", "dal", "fjord", "øy", "nes", "heim", "sund", "mark", "vang",
            "haug", "bø", "li", "sjø", "voll");
    static final List<String> DIAGNOSES = List.of("hjertesyke", "lungesyke", "revmatikere", "diabetikere",
            "mennesker med epilepsi", "personer med demens", "nyresyke", "parkinsonrammede", "kreftrammede",
            "mennesker med ME", "slagrammede");
    static final List<String> TRADES = List.of("helsesekretærer", "radiografer", "ergoterapeuter", "bioingeniører",
            "fysioterapeuter", "vernepleiere", "jordmødre", "helsefagarbeidere", "ambulansearbeidere", "farmasøyter");
    static final List<String> VENDOR_A = List.of("Medi", "Journa", "Helix", "Puls", "Omsorg", "Kliniq", "Vital", "Fjord",
            "Aurora", "Nordlys", "Pasient", "Trygg");
    static final List<String> VENDOR_B = List.of("tek", "soft", "data", "link", "sys", " Systems", " Health", "IT");
    static final List<String> FIELDS = List.of("helsetjenesteforskning", "medisinsk informatikk", "folkehelse",
            "e-helseforskning", "klinisk epidemiologi", "sykepleievitenskap");
    static final List<String> AGENCIES = List.of("Direktoratet for pasientsikkerhet", "Statens helseinformasjonstilsyn",
            "Direktoratet for omsorgsteknologi", "Tilsynet for medisinsk utstyr", "Direktoratet for digital forvaltning",
            "Statens senter for helsedata", "Klageorganet for pasientskader");

    // ------------------------------------------------------------------------------------------------------------

    record Theme(String question, String id, String stance, String label, List<String> nb, List<String> nn) {
        List<String> bank(boolean nynorsk) {
            return nynorsk ? nn : nb;
        }
    }

    static final class Respondent {
        String name;
        String kind;          // person | organisation
        String type;          // person, kommune, pasientorganisasjon, …
        String organisationNumber;
        String email;
        String firstName;
        int verbosity;        // 0 short, 1 normal, 2 long

        boolean isOrganisation() {
            return kind.equals("organisation");
        }
    }

    static final class Response {
        String id;
        Respondent who;
        String lang = "nb";
        String origin = "organic";
        String campaign;
        List<String> edits;
        Response duplicateOf;
        String choice;
        final Map<String, String> text = new LinkedHashMap<>();
        final Map<String, List<String>> themes = new TreeMap<>();

        void answer(String question, String answer, Collection<String> themeIds) {
            text.put(question, answer);
            if (!themeIds.isEmpty()) {
                themes.put(question, new ArrayList<>(new TreeSet<>(themeIds)));
            }
        }
    }

    static final class CampaignTruth {
        String id;
        String kind;
        String description;
        String template;
        final List<Response> members = new ArrayList<>();
        final Map<Response, String> added = new LinkedHashMap<>();
        final Map<Response, String> position = new LinkedHashMap<>();
    }

    // ------------------------------------------------------------------------------------------------------------

    final int size;
    final long seed;
    final String letterSet;
    final Letters letters;
    final Random random;
    final Map<String, List<Theme>> themes = new LinkedHashMap<>();
    final Set<String> organisationNumbers = new HashSet<>();
    final Set<String> usedOrganisationNames = new HashSet<>();
    final List<CampaignTruth> campaigns = new ArrayList<>();

    CorpusGenerator(int size, long seed, String letterSet) {
        this.size = size;
        this.seed = seed;
        this.letterSet = letterSet;
        this.letters = letterSet.equals("b") ? LETTERS_B : LETTERS_A;
        this.random = new Random(seed);
        parseThemes();
    }

    public static void main(String[] args) throws IOException {
        int size = 3000;
        long seed = 7;
        Path out = null;
        String letterSet = "a";
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--size" -> { size = Integer.parseInt(required(args[i], value)); i++; }
                case "--seed" -> { seed = Long.parseLong(required(args[i], value)); i++; }
                case "--out" -> { out = Path.of(required(args[i], value)); i++; }
                case "--letters" -> { letterSet = required(args[i], value); i++; }
                default -> usage("unknown argument " + args[i]);
            }
        }
        if (out == null) {
            usage("--out is required");
        }
        if (!letterSet.equals("a") && !letterSet.equals("b")) {
            usage("--letters is a or b");
        }
        if (size < 100) {
            usage("--size must be at least 100 (four campaigns and duplicates need room)");
        }
        Files.createDirectories(out);
        CorpusGenerator generator = new CorpusGenerator(size, seed, letterSet);
        List<Response> responses = generator.generate();
        generator.writeResponses(responses, out.resolve("responses.jsonl"));
        generator.writeTruth(responses, out.resolve("truth.json"));
        System.err.printf("wrote %d responses to %s%n", responses.size(), out);
    }

    static String required(String flag, String value) {
        if (value == null) {
            usage(flag + " needs a value");
        }
        return value;
    }

    static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: java bench/analysis/CorpusGenerator.java --size 3000 --seed 7 [--letters a|b] --out DIR");
        System.exit(2);
    }

    void parseThemes() {
        for (String q : QUESTIONS) {
            themes.put(q, new ArrayList<>());
        }
        String[] head = null;
        List<String> nb = null;
        List<String> nn = null;
        for (String line : (THEMES + "## end").split("\n")) {
            if (line.startsWith("## ")) {
                if (head != null) {
                    themes.get(head[0]).add(new Theme(head[0], head[1], head[2].equals("-") ? null : head[2], head[3],
                            List.copyOf(nb), List.copyOf(nn)));
                }
                head = line.substring(3).split(" ", 4);
                nb = new ArrayList<>();
                nn = new ArrayList<>();
            } else if (line.startsWith("nb ")) {
                nb.add(line.substring(3).strip());
            } else if (line.startsWith("nn ")) {
                nn.add(line.substring(3).strip());
            } else if (!line.isBlank()) {
                throw new IllegalStateException("theme line not understood: " + line);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // The corpus.

    List<Response> generate() {
        int exact = Math.round(size * 0.12f);
        int edited = Math.round(size * 0.08f);
        int personal = Math.round(size * 0.06f);
        int organisational = Math.max(3, Math.round(size * 0.01f));
        int duplicates = Math.max(2, Math.round(size * 0.02f));
        int organic = size - exact - edited - personal - organisational - duplicates;

        List<Response> all = new ArrayList<>();
        List<Response> organics = new ArrayList<>();
        for (int i = 0; i < organic; i++) {
            Response r = organicResponse();
            organics.add(r);
            all.add(r);
        }
        all.addAll(exactCampaign(exact));
        all.addAll(editedCampaign(edited));
        all.addAll(personalCampaign(personal));
        all.addAll(organisationalCampaign(organisational));
        Collections.shuffle(all, random);

        // An exact duplicate arrives after its original: the same sender sent the same response twice.
        List<Response> sources = new ArrayList<>(organics);
        Collections.shuffle(sources, random);
        for (Response source : sources.subList(0, duplicates)) {
            int at = all.indexOf(source);
            all.add(at + 1 + random.nextInt(all.size() - at), duplicateOf(source));
        }
        for (int i = 0; i < all.size(); i++) {
            all.get(i).id = String.format("R%05d", i + 1);
        }
        return all;
    }

    Response duplicateOf(Response source) {
        Response copy = new Response();
        copy.who = source.who;
        copy.lang = source.lang;
        copy.origin = "duplicate";
        copy.duplicateOf = source;
        copy.choice = source.choice;
        copy.text.putAll(source.text);
        copy.themes.putAll(source.themes);
        return copy;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Organic responses.

    static final String[] ORG_TYPES = {"kommune", "pasientorganisasjon", "leverandor", "fagforening", "helseforetak",
            "forskning", "interesse", "direktorat"};
    static final double[] ORG_TYPE_WEIGHTS = {14, 7, 6, 4.5, 4, 3, 3, 3.5};

    Response organicResponse() {
        Response r = new Response();
        boolean person = random.nextDouble() < 0.55;
        String type = person ? "person" : ORG_TYPES[weighted(ORG_TYPE_WEIGHTS)];
        boolean nynorsk = random.nextDouble() < (type.equals("kommune") ? 0.24 : 0.19);
        r.lang = nynorsk ? "nn" : "nb";
        r.who = person ? person(0.22) : organisation(type, nynorsk);
        r.who.verbosity = person ? weighted(new double[] {40, 48, 12}) : weighted(new double[] {15, 55, 30});

        Map<String, Double> rates = person
                ? Map.of("q1", 0.78, "goal", 0.16, "q3", 0.12, "q4", 0.33)
                : Map.of("q1", 0.88, "goal", 0.42, "q3", 0.38, "q4", 0.5);
        List<String> answered = new ArrayList<>();
        for (String q : QUESTIONS) {
            double rate = rates.get(q.startsWith("q2.") ? "goal" : q);
            if (random.nextDouble() < rate) {
                answered.add(q);
            }
        }
        if (answered.isEmpty()) {
            answered.add(random.nextDouble() < 0.7 ? "q1" : "q4");
        }
        boolean first = true;
        for (String q : answered) {
            if (!first && !q.equals("q1") && random.nextDouble() < 0.02) {
                r.answer(q, pick(nynorsk ? NOTHING_NN : NOTHING_NB), List.of());
                continue;
            }
            List<Theme> chosen = chooseThemes(q);
            r.answer(q, organicAnswer(r, q, chosen, first), chosen.stream().map(Theme::id).toList());
            first = false;
        }
        r.choice = choiceFor(r.themes.getOrDefault("q1", List.of()));
        return r;
    }

    /** 1–3 themes, the question's first themes more often than its last. */
    List<Theme> chooseThemes(String question) {
        List<Theme> pool = new ArrayList<>(themes.get(question));
        int count = 1 + weighted(new double[] {48, 37, 15});
        List<Theme> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            double[] weights = new double[pool.size()];
            for (int i = 0; i < pool.size(); i++) {
                weights[i] = 1.0 / (1 + 0.25 * themes.get(question).indexOf(pool.get(i)));
            }
            chosen.add(pool.remove(weighted(weights)));
        }
        return chosen;
    }

    String choiceFor(List<String> q1Themes) {
        double x = random.nextDouble();
        if (q1Themes.contains("q1.stotte") && !q1Themes.contains("q1.vag")) {
            return x < 0.85 ? "yes" : x < 0.95 ? null : "dont_know";
        }
        if (q1Themes.contains("q1.vag")) {
            return x < 0.55 ? "no" : x < 0.85 ? "dont_know" : x < 0.95 ? null : "yes";
        }
        return x < 0.5 ? "yes" : x < 0.68 ? null : x < 0.85 ? "no" : "dont_know";
    }

    String organicAnswer(Response r, String question, List<Theme> chosen, boolean first) {
        boolean nynorsk = r.lang.equals("nn");
        boolean org = r.who.isOrganisation();
        List<List<String>> chunks = new ArrayList<>();
        for (Theme theme : chosen) {
            int wanted = switch (r.who.verbosity) {
                case 0 -> 1;
                case 1 -> 1 + (random.nextDouble() < 0.6 ? 1 : 0);
                default -> 2 + random.nextInt(3);
            };
            List<String> bank = new ArrayList<>(theme.bank(nynorsk));
            Collections.shuffle(bank, random);
            List<String> chunk = new ArrayList<>();
            for (String sentence : bank.subList(0, Math.min(wanted, bank.size()))) {
                chunk.add(vary(sentence, r, nynorsk, org));
            }
            chunks.add(chunk);
        }

        List<String> lead = new ArrayList<>();
        if (first && random.nextDouble() < (org ? 0.35 : 0.25)) {
            String opener = org ? pick(nynorsk ? ORG_OPENER_NN : ORG_OPENER_NB)
                    : pick(nynorsk ? PERSON_OPENER_NN : PERSON_OPENER_NB);
            lead.add(opener.replace("{org}", r.who.name));
        }
        if (random.nextDouble() < 0.12) {
            lead.add(pick(nynorsk ? ANSWER_OPENER_NN : ANSWER_OPENER_NB));
        }

        int sentences = chunks.stream().mapToInt(List::size).sum();
        List<String> paragraphs = new ArrayList<>();
        boolean bullets = sentences >= 3 && random.nextDouble() < 0.22;
        String mark = pick(List.of("• ", "- ", "– "));
        for (int i = 0; i < chunks.size(); i++) {
            List<String> chunk = chunks.get(i);
            if (bullets && (i > 0 || random.nextDouble() < 0.5)) {
                StringBuilder list = new StringBuilder();
                if (paragraphs.isEmpty() && random.nextDouble() < 0.5) {
                    list.append(nynorsk ? pick(List.of("Dei viktigaste innspela våre:", "Kort oppsummert:"))
                            : pick(org ? List.of("Våre viktigste innspill:", "Kort oppsummert:")
                                    : List.of("Mine viktigste punkter:", "Kort oppsummert:"))).append('\n');
                }
                for (String s : chunk) {
                    String item = random.nextDouble() < 0.4 && s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
                    list.append(mark).append(item).append('\n');
                }
                paragraphs.add(list.toString().strip());
                continue;
            }
            String text = String.join(" ", chunk);
            if (i > 0 && random.nextDouble() < 0.15) {
                text = pick(nynorsk ? TRANSITION_NN : TRANSITION_NB) + " " + text;
            }
            if (!paragraphs.isEmpty() && random.nextDouble() < 0.5 && !bullets) {
                paragraphs.set(paragraphs.size() - 1, paragraphs.get(paragraphs.size() - 1) + " " + text);
            } else {
                paragraphs.add(text);
            }
        }
        if (!lead.isEmpty()) {
            String leadText = String.join(" ", lead);
            if (paragraphs.get(0).startsWith(mark) || leadText.endsWith(":") || random.nextDouble() < 0.3) {
                paragraphs.add(0, leadText);
            } else {
                paragraphs.set(0, leadText + " " + paragraphs.get(0));
            }
        }
        if (random.nextDouble() < 0.12) {
            String closer = pick(nynorsk ? CLOSER_NN : CLOSER_NB);
            if (random.nextBoolean()) {
                paragraphs.add(closer);
            } else {
                paragraphs.set(paragraphs.size() - 1, paragraphs.get(paragraphs.size() - 1) + " " + closer);
            }
        }
        String answer = String.join("\n", paragraphs);
        if (random.nextDouble() < 0.1) {
            answer = typos(answer, 1 + random.nextInt(2));
        }
        if (random.nextDouble() < 0.03) {
            answer = answer.replaceFirst("\\. (\\p{Lu})", ".$1");
        }
        return answer;
    }

    /** A sentence as one sender writes it: now and then hedged, "bør" as "burde", the organisation's name for "vi". */
    String vary(String sentence, Response r, boolean nynorsk, boolean org) {
        String s = sentence;
        if (org && s.startsWith("Vi stiller oss bak") && random.nextDouble() < 0.5) {
            s = r.who.name + " stiller seg bak" + s.substring("Vi stiller oss bak".length());
        }
        if (!nynorsk && s.contains(" bør ") && random.nextDouble() < 0.15) {
            s = s.replaceFirst(" bør ", " burde ");
        }
        if (s.endsWith(".") && s.length() > 40 && random.nextDouble() < 0.1) {
            List<String> hedges = nynorsk
                    ? (org ? List.of(", meiner vi", ", etter vårt syn") : List.of(", meiner eg", ", etter mitt syn"))
                    : (org ? List.of(", mener vi", ", etter vårt syn", ", slik vi ser det")
                            : List.of(", mener jeg", ", etter min mening", ", slik jeg ser det"));
            s = s.substring(0, s.length() - 1) + pick(hedges) + ".";
        }
        return s;
    }

    static final Pattern LONG_WORD = Pattern.compile("\\p{L}{5,}");

    /** Slips of the keyboard in words of five letters or more: swapped, dropped, doubled or un-Norwegian letters. */
    String typos(String text, int count) {
        String result = text;
        for (int n = 0; n < count; n++) {
            Matcher m = LONG_WORD.matcher(result);
            List<int[]> words = new ArrayList<>();
            while (m.find()) {
                words.add(new int[] {m.start(), m.end()});
            }
            if (words.isEmpty()) {
                return result;
            }
            int[] w = words.get(random.nextInt(words.size()));
            String word = result.substring(w[0], w[1]);
            int i = 1 + random.nextInt(word.length() - 2);
            String changed = switch (random.nextInt(4)) {
                case 0 -> word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
                case 1 -> word.substring(0, i) + word.substring(i + 1);
                case 2 -> word.substring(0, i) + word.charAt(i) + word.substring(i);
                default -> word.replaceFirst("å", "a").replaceFirst("ø", "o").replaceFirst("æ", "e")
                        .equals(word) ? word.substring(0, i) + word.substring(i + 1)
                        : word.replaceFirst("å", "a").replaceFirst("ø", "o").replaceFirst("æ", "e");
            };
            result = result.substring(0, w[0]) + changed + result.substring(w[1]);
        }
        return result;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Campaigns.

    CampaignTruth campaign(String kind, String description, String template) {
        CampaignTruth c = new CampaignTruth();
        c.id = "C" + (campaigns.size() + 1);
        c.kind = kind;
        c.description = description;
        c.template = template;
        campaigns.add(c);
        return c;
    }

    Response member(CampaignTruth c, Respondent who) {
        Response r = new Response();
        r.who = who;
        r.origin = "campaign";
        r.campaign = c.id;
        c.members.add(r);
        return r;
    }

    List<Response> exactCampaign(int count) {
        CampaignTruth c = campaign("exact", letters.exactDescription(), template(letters.exact()));
        List<Response> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Response r = member(c, person(0.15));
            r.choice = letters.exactChoice();
            for (Part part : letters.exact()) {
                r.answer(part.question(), part.text(), part.themes());
            }
            members.add(r);
        }
        return members;
    }

    List<Response> editedCampaign(int count) {
        CampaignTruth c = campaign("edited", letters.editedDescription(), template(letters.edited()));
        List<Response> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Response r = member(c, person(0.2));
            r.choice = random.nextDouble() < letters.editedChoiceShare() ? letters.editedChoice() : null;
            r.edits = new ArrayList<>();
            Map<String, List<List<String>>> parts = new LinkedHashMap<>();
            for (Part part : letters.edited()) {
                parts.put(part.question(), paragraphs(part.text()));
            }
            editLetter(parts, r);
            for (Part part : letters.edited()) {
                r.answer(part.question(), render(parts.get(part.question())), part.themes());
            }
            members.add(r);
        }
        return members;
    }

    static String template(List<Part> parts) {
        return String.join("\n", parts.stream().map(Part::text).toList());
    }

    /** Paragraphs as lists of sentences (split after ". " — the letters have no abbreviations). */
    static List<List<String>> paragraphs(String text) {
        List<List<String>> result = new ArrayList<>();
        for (String p : text.split("\n")) {
            result.add(new ArrayList<>(List.of(p.split("(?<=\\.) "))));
        }
        return result;
    }

    static String render(List<List<String>> paragraphs) {
        List<String> out = new ArrayList<>();
        for (List<String> p : paragraphs) {
            if (!p.isEmpty()) {
                out.add(String.join(" ", p));
            }
        }
        return String.join("\n", out);
    }

    /** What senders do to a letter they were asked to send: 1–6 edits, recorded in the truth. */
    void editLetter(Map<String, List<List<String>>> parts, Response r) {
        List<String> questions = new ArrayList<>(parts.keySet());
        int synonyms = random.nextDouble() < 0.75 ? 1 + random.nextInt(3) : 0;
        for (int i = 0; i < synonyms; i++) {
            String[] pair = letters.synonyms()[random.nextInt(letters.synonyms().length)];
            for (String q : questions) {
                if (replaceIn(parts.get(q), pair[0], pair[1])) {
                    r.edits.add("synonym");
                    break;
                }
            }
        }
        if (random.nextDouble() < 0.35) {
            List<List<String>> ps = parts.get(pick(questions));
            for (List<String> p : ps) {
                if (p.size() >= 2) {
                    p.remove(1 + random.nextInt(p.size() - 1));
                    r.edits.add("drop");
                    break;
                }
            }
        }
        if (random.nextDouble() < 0.25) {
            List<List<String>> ps = parts.get(questions.get(0));
            if (ps.size() >= 2 && random.nextBoolean()) {
                Collections.swap(ps, 0, 1);
            } else {
                List<String> p = ps.get(0);
                if (p.size() >= 2) {
                    Collections.swap(p, 0, 1);
                }
            }
            r.edits.add("reorder");
        }
        if (random.nextDouble() < 0.2) {
            List<List<String>> ps = parts.get(questions.get(0));
            List<String> joined = new ArrayList<>();
            ps.forEach(joined::addAll);
            ps.clear();
            ps.add(joined);
            r.edits.add("one-paragraph");
        }
        if (random.nextDouble() < 0.4) {
            List<List<String>> ps = parts.get(pick(questions));
            List<String> p = ps.get(random.nextInt(ps.size()));
            int s = random.nextInt(p.size());
            p.set(s, typos(p.get(s), 1 + random.nextInt(2)));
            r.edits.add("typos");
        }
        if (random.nextDouble() < 0.25) {
            parts.get(questions.get(0)).add(0, new ArrayList<>(List.of(
                    pick(List.of("Hei,", "Hei!", "Til Direktoratet for e-helse", "Hei, her er mitt innspill.")))));
            r.edits.add("greeting");
        }
        if (random.nextDouble() < 0.45 || r.edits.isEmpty()) {
            String signoff = pick(List.of("Hilsen " + r.who.firstName, "Vennlig hilsen " + r.who.name,
                    "Mvh " + r.who.name, "Med vennlig hilsen\n" + r.who.name));
            parts.get(questions.get(questions.size() - 1)).add(new ArrayList<>(List.of(signoff)));
            r.edits.add("signoff");
        }
    }

    static boolean replaceIn(List<List<String>> paragraphs, String from, String to) {
        for (List<String> p : paragraphs) {
            for (int i = 0; i < p.size(); i++) {
                if (p.get(i).contains(from)) {
                    p.set(i, p.get(i).replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
                    return true;
                }
            }
        }
        return false;
    }

    List<Response> personalCampaign(int count) {
        Part letter = letters.personal();
        CampaignTruth c = campaign("personal", letters.personalDescription(), letter.text());
        List<Response> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Response r = member(c, person(0.25));
            boolean nynorsk = random.nextDouble() < 0.2;
            r.lang = nynorsk ? "nn" : "nb";
            r.choice = random.nextDouble() < 0.6 ? "yes" : null;
            Set<String> themeIds = new TreeSet<>(letter.themes());
            List<String> sentences = new ArrayList<>();
            sentences.add(pick(nynorsk ? letters.introNn() : letters.introNb())
                    .replace("{role}", pick(nynorsk ? letters.rolesNn() : letters.rolesNb()))
                    .replace("{place}", placeName())
                    .replace("{years}", String.valueOf(3 + random.nextInt(30))));
            List<String[]> experiences =
                    new ArrayList<>(List.of(nynorsk ? letters.experiencesNn() : letters.experiencesNb()));
            Collections.shuffle(experiences, random);
            for (String[] e : experiences.subList(0, 1 + random.nextInt(2))) {
                sentences.add(e[1]);
                themeIds.add(e[0]);
            }
            if (random.nextDouble() < 0.4) {
                sentences.add(pick(nynorsk ? letters.closingNn() : letters.closingNb()));
            }
            String added = String.join(" ", sentences);
            boolean start = random.nextBoolean();
            r.answer(letter.question(), start ? added + "\n" + letter.text() : letter.text() + "\n" + added, themeIds);
            c.added.put(r, added);
            c.position.put(r, start ? "start" : "end");
            members.add(r);
        }
        return members;
    }

    /** Kommuner joining a body's statement: its first part opens with "Vi …" or the kommune's name, the rest may be left out. */
    List<Response> organisationalCampaign(int count) {
        Part first = letters.organisationalFirst();
        List<String> template = new ArrayList<>();
        template.add(letters.joinWe() + " " + first.text());
        letters.organisationalMore().forEach(p -> template.add(p.text()));
        CampaignTruth c = campaign("organisational", letters.organisationalDescription(), String.join("\n", template));
        List<Response> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Response r = member(c, organisation("kommune", false));
            r.choice = "yes";
            String opening = random.nextBoolean() ? letters.joinNamed().replace("{name}", r.who.name) : letters.joinWe();
            String text = opening + " " + first.text();
            if (random.nextDouble() < 0.3) {
                text += " " + pick(letters.organisationalExtras());
            }
            r.answer(first.question(), text, first.themes());
            for (Part part : letters.organisationalMore()) {
                if (random.nextDouble() < part.share()) {
                    r.answer(part.question(), part.text(), part.themes());
                }
            }
            members.add(r);
        }
        return members;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Respondents.

    Respondent person(double emailShare) {
        Respondent p = new Respondent();
        p.kind = "person";
        p.type = "person";
        p.firstName = pick(FIRST);
        p.name = p.firstName + " " + pick(LAST);
        if (random.nextDouble() < emailShare) {
            p.email = ascii(p.name).replace(' ', '.') + "@eksempel.no";
        }
        return p;
    }

    Respondent organisation(String type, boolean nynorsk) {
        Respondent o = new Respondent();
        o.kind = "organisation";
        o.type = type;
        // Names repeat only when the pool runs out (a large corpus has more kommuner than Norway).
        String name = organisationName(type, nynorsk);
        for (int attempt = 0; attempt < 30 && !usedOrganisationNames.add(name); attempt++) {
            name = organisationName(type, nynorsk);
        }
        o.name = name;
        o.firstName = name;
        double withNumber = switch (type) {
            case "kommune" -> 0.88;
            case "leverandor" -> 0.7;
            default -> 0.45;
        };
        if (random.nextDouble() < withNumber) {
            o.organisationNumber = organisationNumber(type.equals("kommune") ? 9 : 8 + random.nextInt(2));
        }
        if (random.nextDouble() < 0.4) {
            o.email = "postmottak@" + ascii(name).replace(' ', '-') + ".eksempel.no";
        }
        return o;
    }

    String organisationName(String type, boolean nynorsk) {
        String place = placeName();
        return switch (type) {
            case "kommune" -> place + (nynorsk && random.nextDouble() < 0.4 ? " herad" : " kommune");
            case "pasientorganisasjon" -> pick(List.of("Foreningen for ", "Landsforbundet for ", "Norsk forening for "))
                    + pick(DIAGNOSES) + (random.nextDouble() < 0.3 ? ", avdeling " + place : "");
            case "leverandor" -> pick(VENDOR_A) + pick(VENDOR_B) + " AS";
            case "fagforening" -> pick(List.of("Norsk forbund for ", "Forbundet for ", "Landslaget for "))
                    + pick(TRADES);
            case "helseforetak" -> pick(List.of("Sykehuset " + place + " HF", "Helse " + place + " HF",
                    place + " sykehus", "Sjukehuset " + place));
            case "forskning" -> pick(List.of("Senter for " + pick(FIELDS) + ", Universitetet i " + place,
                    "Institutt for " + pick(FIELDS) + ", " + place + " universitet",
                    "Forskningsgruppen for " + pick(FIELDS) + " ved Høgskolen i " + place));
            case "interesse" -> pick(List.of("Seniorrådet i " + place, "Pensjonistforeningen " + place,
                    "Brukerrådet ved Sykehuset " + place, "Foreningen Digital inkludering", "Pasientombudet i " + place));
            default -> pick(AGENCIES);
        };
    }

    String placeName() {
        return pick(PLACE_A) + pick(PLACE_B);
    }

    /** Nine digits whose last is the MOD11 check digit over weights 3 2 7 6 5 4 3 2 (a remainder of 1 has no digit). */
    String organisationNumber(int firstDigit) {
        while (true) {
            int[] d = new int[9];
            d[0] = firstDigit;
            for (int i = 1; i < 8; i++) {
                d[i] = random.nextInt(10);
            }
            int check = mod11(d);
            if (check < 0) {
                continue;
            }
            d[8] = check;
            StringBuilder s = new StringBuilder();
            for (int x : d) {
                s.append(x);
            }
            if (organisationNumbers.add(s.toString())) {
                return s.toString();
            }
        }
    }

    static int mod11(int[] digits) {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += digits[i] * weights[i];
        }
        int rest = sum % 11;
        int check = rest == 0 ? 0 : 11 - rest;
        return check == 10 ? -1 : check;
    }

    static String ascii(String s) {
        return s.toLowerCase().replace("æ", "ae").replace("ø", "o").replace("å", "a").replace("é", "e")
                .replaceAll("[^a-z0-9 ]", "").replaceAll(" +", " ").strip();
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Output.

    void writeResponses(List<Response> responses, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Response r : responses) {
                Map<String, Object> respondent = new LinkedHashMap<>();
                respondent.put("name", r.who.name);
                respondent.put("kind", r.who.kind);
                respondent.put("organisationNumber", r.who.organisationNumber);
                respondent.put("email", r.who.email);
                Map<String, Object> answers = new LinkedHashMap<>();
                for (String q : QUESTIONS) {
                    Map<String, Object> answer = new LinkedHashMap<>();
                    if (q.equals("q1")) {
                        answer.put("choice", r.choice);
                    }
                    answer.put("text", r.text.get(q));
                    answers.put(q, answer);
                }
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", r.id);
                line.put("respondent", respondent);
                line.put("answers", answers);
                Json.write(out, line, -1, 0);
                out.write('\n');
            }
        }
    }

    void writeTruth(List<Response> responses, Path file) throws IOException {
        Map<String, Object> truth = new LinkedHashMap<>();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("generator", "bench/analysis/CorpusGenerator.java");
        meta.put("version", 1);
        meta.put("seed", seed);
        meta.put("size", responses.size());
        meta.put("split", "generated");
        meta.put("letters", letterSet);
        truth.put("meta", meta);
        truth.put("questions", QUESTION_TEXT);

        Map<String, Object> themeTruth = new LinkedHashMap<>();
        for (String q : QUESTIONS) {
            List<Object> list = new ArrayList<>();
            for (Theme t : themes.get(q)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", t.id());
                m.put("label", t.label());
                m.put("stance", t.stance());
                m.put("sentences", Map.of("nb", t.nb().size(), "nn", t.nn().size()));
                list.add(m);
            }
            themeTruth.put(q, list);
        }
        truth.put("themes", themeTruth);

        List<Object> campaignTruth = new ArrayList<>();
        for (CampaignTruth c : campaigns) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id);
            m.put("kind", c.kind);
            m.put("description", c.description);
            m.put("template", c.template);
            List<Response> members = new ArrayList<>(c.members);
            members.sort((a, b) -> a.id.compareTo(b.id));
            m.put("members", members.stream().map(x -> x.id).toList());
            if (!c.added.isEmpty()) {
                Map<String, Object> added = new LinkedHashMap<>();
                Map<String, Object> position = new LinkedHashMap<>();
                for (Response x : members) {
                    added.put(x.id, c.added.get(x));
                    position.put(x.id, c.position.get(x));
                }
                m.put("added", added);
                m.put("position", position);
            }
            campaignTruth.add(m);
        }
        truth.put("campaigns", campaignTruth);

        List<Object> duplicates = new ArrayList<>();
        for (Response r : responses) {
            if (r.duplicateOf != null) {
                duplicates.add(List.of(r.duplicateOf.id, r.id));
            }
        }
        duplicates.sort((a, b) -> ((List<?>) a).get(0).toString().compareTo(((List<?>) b).get(0).toString()));
        truth.put("duplicates", duplicates);

        Map<String, Object> perResponse = new LinkedHashMap<>();
        for (Response r : responses) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("origin", r.origin);
            if (r.campaign != null) {
                m.put("campaign", r.campaign);
            }
            m.put("lang", r.lang);
            m.put("respondentType", r.who.type);
            if (r.edits != null) {
                m.put("edits", r.edits);
            }
            if (r.duplicateOf != null) {
                m.put("duplicateOf", r.duplicateOf.id);
            }
            m.put("themes", r.themes);
            perResponse.put(r.id, m);
        }
        truth.put("responses", perResponse);
        truth.put("stats", stats(responses));

        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Json.write(out, truth, 1, 0);
            out.write('\n');
        }
    }

    static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    static int words(Response r) {
        int n = 0;
        for (String t : r.text.values()) {
            Matcher m = WORD.matcher(t);
            while (m.find()) {
                n++;
            }
        }
        return n;
    }

    Map<String, Object> stats(List<Response> responses) {
        Map<String, Object> s = new LinkedHashMap<>();
        List<Response> organic = responses.stream().filter(r -> r.origin.equals("organic")).toList();
        s.put("responses", responses.size());
        s.put("organic", organic.size());
        s.put("duplicates", responses.stream().filter(r -> r.origin.equals("duplicate")).count());
        Map<String, Object> members = new LinkedHashMap<>();
        for (CampaignTruth c : campaigns) {
            members.put(c.kind, c.members.size());
        }
        s.put("campaignMembers", members);
        s.put("persons", responses.stream().filter(r -> !r.who.isOrganisation()).count());
        s.put("organisations", responses.stream().filter(r -> r.who.isOrganisation()).count());
        s.put("withOrganisationNumber", responses.stream().filter(r -> r.who.organisationNumber != null).count());
        s.put("nynorskShare", round(responses.stream().filter(r -> r.lang.equals("nn")).count() / (double) responses.size(), 3));
        s.put("nynorskShareOrganic", round(organic.stream().filter(r -> r.lang.equals("nn")).count() / (double) organic.size(), 3));
        s.put("meanWords", round(responses.stream().mapToInt(CorpusGenerator::words).average().orElse(0), 1));
        int[] organicWords = organic.stream().mapToInt(CorpusGenerator::words).sorted().toArray();
        s.put("meanWordsOrganic", round(java.util.Arrays.stream(organicWords).average().orElse(0), 1));
        s.put("medianWordsOrganic", organicWords.length == 0 ? 0.0 : organicWords.length % 2 == 1
                ? (double) organicWords[organicWords.length / 2]
                : (organicWords[organicWords.length / 2 - 1] + organicWords[organicWords.length / 2]) / 2.0);
        s.put("maxWordsOrganic", organicWords.length == 0 ? 0 : organicWords[organicWords.length - 1]);
        Map<String, Object> perQuestion = new LinkedHashMap<>();
        for (String q : QUESTIONS) {
            Map<String, Integer> counts = new TreeMap<>();
            int answered = 0;
            int withThemes = 0;
            int themeMentions = 0;
            for (Response r : responses) {
                if (r.text.containsKey(q)) {
                    answered++;
                }
                List<String> ts = r.themes.get(q);
                if (ts != null) {
                    withThemes++;
                    themeMentions += ts.size();
                    ts.forEach(t -> counts.merge(t, 1, Integer::sum));
                }
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("answered", answered);
            m.put("themesDefined", themes.get(q).size());
            m.put("themesPresent", counts.size());
            m.put("meanThemesPerAnswer", round(withThemes == 0 ? 0 : themeMentions / (double) withThemes, 2));
            m.put("largestThemeShare", round(answered == 0 ? 0
                    : counts.values().stream().mapToInt(Integer::intValue).max().orElse(0) / (double) answered, 3));
            perQuestion.put(q, m);
        }
        s.put("questions", perQuestion);
        return s;
    }

    static double round(double x, int places) {
        double f = Math.pow(10, places);
        return Math.round(x * f) / f;
    }

    /** Just enough JSON: maps, lists, strings, numbers, booleans and null; indent &lt; 0 writes one line. */
    static final class Json {
        static void write(Writer out, Object value, int indent, int depth) throws IOException {
            if (value == null) {
                out.write("null");
            } else if (value instanceof String s) {
                string(out, s);
            } else if (value instanceof Number || value instanceof Boolean) {
                out.write(value.toString());
            } else if (value instanceof Map<?, ?> map) {
                if (map.isEmpty()) {
                    out.write("{}");
                    return;
                }
                out.write('{');
                boolean first = true;
                // Map.of has no order: write its keys sorted so the output does not depend on the JVM.
                Collection<?> keys = map instanceof LinkedHashMap || map instanceof TreeMap ? map.keySet()
                        : new TreeSet<>(map.keySet());
                for (Object key : keys) {
                    if (!first) {
                        out.write(',');
                    }
                    first = false;
                    newline(out, indent, depth + 1);
                    string(out, key.toString());
                    out.write(indent < 0 ? ":" : ": ");
                    write(out, map.get(key), indent, depth + 1);
                }
                newline(out, indent, depth);
                out.write('}');
            } else if (value instanceof List<?> list) {
                if (list.isEmpty()) {
                    out.write("[]");
                    return;
                }
                boolean flat = list.stream().allMatch(x -> x instanceof String || x instanceof Number);
                out.write('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.write(flat && indent >= 0 ? ", " : ",");
                    }
                    if (!flat) {
                        newline(out, indent, depth + 1);
                    }
                    write(out, list.get(i), indent, depth + 1);
                }
                if (!flat) {
                    newline(out, indent, depth);
                }
                out.write(']');
            } else {
                throw new IllegalArgumentException("no JSON for " + value.getClass());
            }
        }

        static void newline(Writer out, int indent, int depth) throws IOException {
            if (indent >= 0) {
                out.write('\n');
                out.write(" ".repeat(indent * depth));
            }
        }

        static void string(Writer out, String s) throws IOException {
            out.write('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> out.write("\\\"");
                    case '\\' -> out.write("\\\\");
                    case '\n' -> out.write("\\n");
                    case '\r' -> out.write("\\r");
                    case '\t' -> out.write("\\t");
                    default -> {
                        if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                            out.write(String.format("\\u%04x", (int) c));
                        } else {
                            out.write(c);
                        }
                    }
                }
            }
            out.write('"');
        }
    }
}
