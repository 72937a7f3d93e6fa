package no.innspill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code innspill analyse --consultation 22/414 --responses FILE}: one JSON object, or a message naming the bad line. */
class AnalyseCommandTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String LETTER = "Vi krever at fødeavdelingen ved sykehuset i vår region består. Avstandene er for store til at "
            + "fødende kan reise til byen. Beredskapen for akutte fødsler er allerede for svak, og jordmødrene slutter.";

    @TempDir
    Path dir;

    StringWriter out;
    StringWriter err;

    @BeforeEach
    void writers() {
        out = new StringWriter();
        err = new StringWriter();
    }

    @Test
    void printsTheCampaignsAndEveryAnsweringResponseInTheThemesOfItsQuestion() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            lines.add(line("L" + i, "Person " + i, "person", null, "q4", LETTER));
        }
        lines.add(line("D1", "Elvedal kommune", "organisation", "964 965 137", "q1", "Kommunene må få penger til de nye løsningene."));
        lines.add(line("D2", "Elvedal kommune", "organisation", "964965137", "q1", "Kommunene må få penger til de nye løsningene."));
        lines.add(line("O1", "Kari", "person", null, "q1", "Jeg savner en plan for dem som ikke har BankID."));
        lines.add("");
        Path file = Files.write(dir.resolve("svar.jsonl"), lines, StandardCharsets.UTF_8);

        assertThat(run("analyse", "--consultation", "22/414", "--responses", file.toString())).as(err.toString()).isZero();

        JsonNode result = JSON.readTree(out.toString());
        assertThat(result.get("campaigns")).hasSize(2);
        assertThat(result.get("campaigns").get(0).get("members")).hasSize(6);
        assertThat(result.get("campaigns").get(1).get("kind").asString()).isEqualTo("duplicate");
        assertThat(members(result.get("themes").get("q4"))).contains("L1", "L6");
        assertThat(members(result.get("themes").get("q1"))).contains("D1", "D2", "O1");
        assertThat(result.get("themes").get("q2.goal1")).isEmpty();
    }

    @Test
    void anAnalystsTagsMakeTheThemesAndTheRestAreClassified() throws IOException {
        List<String> lines = new ArrayList<>();
        String[] ambulance = {"Ambulansen kommer altfor sent ut til bygdene.", "Vi trenger flere ambulanser i distriktet.",
                "Responstiden for ambulanse er for lang her."};
        String[] journal = {"Journalen må følge pasienten mellom sykehus og fastlege.", "Fastlegen ser ikke sykehusets journal.",
                "Journalsystemene snakker ikke sammen."};
        for (int i = 0; i < 12; i++) {
            lines.add(line("A" + i, "Person A" + i, "person", null, "q4", ambulance[i % 3]));
            lines.add(line("J" + i, "Person J" + i, "person", null, "q4", journal[i % 3]));
        }
        Path file = Files.write(dir.resolve("svar.jsonl"), lines, StandardCharsets.UTF_8);
        Path tags = Files.writeString(dir.resolve("tags.json"), """
                {"q4": {"A0": ["ambulanse"], "A1": ["ambulanse"], "A2": ["ambulanse"], "J0": ["journal"], "J1": ["journal"],
                        "J2": ["journal"]}}""");

        assertThat(run("analyse", "--consultation", "22/414", "--responses", file.toString(), "--confirmed", tags.toString()))
                .as(err.toString()).isZero();

        JsonNode themes = JSON.readTree(out.toString()).get("themes").get("q4");
        Set<String> labels = new HashSet<>();
        themes.forEach(theme -> labels.add(theme.get("label").asString()));
        assertThat(labels).containsExactlyInAnyOrder("ambulanse", "journal");
        for (JsonNode theme : themes) {
            String prefix = theme.get("label").asString().equals("ambulanse") ? "A" : "J";
            theme.get("members").forEach(member -> assertThat(member.asString()).startsWith(prefix));
            assertThat(theme.get("members").size()).isGreaterThanOrEqualTo(9);
        }
    }

    @Test
    void aBadTagsFileIsNamed() throws IOException {
        Path file = Files.write(dir.resolve("svar.jsonl"), List.of(line("A", "A", "person", null, "q1", "Tekst")), StandardCharsets.UTF_8);
        for (String[] bad : new String[][] {{"[]", "is not a JSON object"}, {"{\"q9\": {}}", "\"q9\" is no answer id"},
                {"{\"q1\": {\"A\": \"x\"}}", "are not a list"}, {"{\"q1\": {\"A\": [1]}}", "is not a name"}, {"{", "is not JSON"}}) {
            writers();
            Path tags = Files.writeString(dir.resolve("tags.json"), bad[0]);
            assertThat(run("analyse", "--consultation", "22/414", "--responses", file.toString(), "--confirmed", tags.toString()))
                    .isEqualTo(1);
            assertThat(err.toString()).as(bad[0]).contains(bad[1]);
            assertThat(out.toString()).isEmpty();
        }
    }

    @Test
    void aBadLineIsNamedAndNothingIsPrinted() throws IOException {
        assertFails(List.of(line("A", "A", "person", null, "q1", "Tekst"), "{\"id\": \"B\", \"answers\": "), "line 2 is not JSON");
        assertFails(List.of("[1, 2]"), "line 1 is not a JSON object");
        assertFails(List.of("{\"answers\": {}}"), "line 1 has no \"id\"");
        assertFails(List.of(line("A", "A", "person", null, "q1", "x"), line("A", "B", "person", null, "q1", "y")),
                "line 2: the id \"A\" was used on an earlier line");
        assertFails(List.of("{\"id\": \"A\", \"answers\": {\"q1\": {\"text\": 42}}}"), "the text of \"q1\" is not a string");
        assertFails(List.of("{\"id\": \"A\", \"answers\": \"q1\"}"), "\"answers\" is not an object");
    }

    @Test
    void aMissingFileTextThatIsNotUtf8AndAnUnknownConsultationAreRefused() throws IOException {
        assertThat(run("analyse", "--consultation", "22/414", "--responses", dir.resolve("finnes-ikke.jsonl").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("No such file");

        Path latin1 = Files.write(dir.resolve("latin1.jsonl"), "{\"id\": \"A\", \"answers\": {\"q1\": {\"text\": \"bl\u00e5\"}}}"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run("analyse", "--consultation", "22/414", "--responses", latin1.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("is not UTF-8 text");

        assertThat(run("analyse", "--consultation", "99/999", "--responses", latin1.toString())).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anEmptyFileGivesNoCampaignsAndEmptyThemes() throws IOException {
        Path empty = Files.write(dir.resolve("tom.jsonl"), new byte[0]);
        assertThat(run("analyse", "--consultation", "22/414", "--responses", empty.toString())).isZero();
        JsonNode result = JSON.readTree(out.toString());
        assertThat(result.get("campaigns")).isEmpty();
        assertThat(result.get("themes").get("q1")).isEmpty();
    }

    private void assertFails(List<String> lines, String message) throws IOException {
        writers();
        Path file = Files.write(dir.resolve("feil.jsonl"), lines, StandardCharsets.UTF_8);
        assertThat(run("analyse", "--consultation", "22/414", "--responses", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(message);
        assertThat(out.toString()).isEmpty();
    }

    static Set<String> members(JsonNode themes) {
        Set<String> members = new HashSet<>();
        themes.forEach(theme -> theme.get("members").forEach(member -> members.add(member.asString())));
        return members;
    }

    static String line(String id, String name, String kind, String organisationNumber, String answer, String text) {
        return JSON.writeValueAsString(java.util.Map.of("id", id,
                "respondent", organisationNumber == null ? java.util.Map.of("name", name, "kind", kind)
                        : java.util.Map.of("name", name, "kind", kind, "organisationNumber", organisationNumber),
                "answers", java.util.Map.of(answer, java.util.Map.of("text", text))));
    }

    int run(String... args) {
        PrintWriter outWriter = new PrintWriter(out);
        PrintWriter errWriter = new PrintWriter(err);
        int exitCode = Cli.execute(args, outWriter, errWriter);
        outWriter.flush();
        errWriter.flush();
        return exitCode;
    }
}
