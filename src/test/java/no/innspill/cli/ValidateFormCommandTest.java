package no.innspill.cli;

import no.innspill.consultation.ConsultationDefinitions;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code innspill validate-form FILE} and the dispatch between the CLI and the server. */
class ValidateFormCommandTest {

    static final String BUNDLED = ConsultationDefinitions.bundledYaml("22/414").orElseThrow();

    @TempDir
    Path dir;

    StringWriter out;
    StringWriter err;

    @BeforeEach
    void writers() {
        out = new StringWriter();
        err = new StringWriter();
    }

    int run(String... args) {
        PrintWriter outWriter = new PrintWriter(out);
        PrintWriter errWriter = new PrintWriter(err);
        int exitCode = Cli.execute(args, outWriter, errWriter);
        outWriter.flush();
        errWriter.flush();
        return exitCode;
    }

    Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void headingsAreListedWithoutANumberAndRequiredQuestionsAreMarked() throws IOException {
        Path file = write("kinds.yaml", no.innspill.testing.TestForms.kinds("26/1234"));

        int exitCode = run("validate-form", file.toString());

        assertThat(exitCode).as("stderr: %s", err).isZero();
        assertThat(out.toString()).contains("3 questions, 1 heading, answer ids: concerns, reason, other",
                "  — area [heading] Del 1: Nærmiljøet",
                "  1) concerns [multiple-choice] Hva er dere mest opptatt av? (required)",
                "  3) other [text] Andre innspill?\n");
    }

    @Test
    void validFileExitsZeroWithASummary() throws IOException {
        Path file = write("22-414.yaml", BUNDLED);

        int exitCode = run("validate-form", file.toString());

        assertThat(exitCode).as("stderr: %s", err).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString())
                .contains(file.toString())
                .contains("valid")
                .contains("22/414")
                .contains("Høringssvarskjema: Nasjonal e-helsestrategi for helse- og omsorgssektoren")
                .contains("Direktoratet for e-helse")
                .contains("2022-10-01")
                .contains("q1, q2, q2.goal1, q2.goal2, q2.goal3, q2.goal4, q2.goal5, q3, q4");
    }

    @Test
    void validFileWithByteOrderMarkAndCrlf() throws IOException {
        Path file = write("bom.yaml", "\uFEFF" + BUNDLED.replace("\n", "\r\n"));

        assertThat(run("validate-form", file.toString())).as("stderr: %s", err).isZero();
    }

    @Test
    void brokenFileExitsOneAndListsEveryErrorWithItsLine() throws IOException {
        Path file = write("25-120.yaml", """
                caseNumber: "1999/414"
                title: "Test"
                owner: "Eksempeldirektoratet"
                deadline: "1. oktober"
                responseEmail: "postmottak@example.no"
                questions:
                  - id: q1
                    number: 1
                    kind: essay
                    text: "Andre innspill?"
                """);

        int exitCode = run("validate-form", file.toString());

        assertThat(exitCode).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        var lines = err.toString().lines().map(String::strip).toList();
        assertThat(lines.get(0)).startsWith(file + ": ").contains("3 errors");
        assertThat(lines.subList(1, lines.size())).satisfiesExactly(
                line -> assertThat(line).startsWith("caseNumber (line 1): ").contains("\"1999/414\"", "year outside 2000–2099"),
                line -> assertThat(line).startsWith("deadline (line 4): ").contains("\"1. oktober\""),
                line -> assertThat(line).startsWith("questions[0].kind (line 9): ").contains("\"essay\""));
        assertThat(err.toString().lines().skip(1))
                .allSatisfy(line -> assertThat(line.strip()).matches("\\S+ \\(line \\d+\\): .+"));
    }

    @Test
    void yamlSyntaxErrorExitsOneWithItsLine() throws IOException {
        Path file = write("tabs.yaml", BUNDLED.replace("    number: 2", "\tnumber: 2"));

        assertThat(run("validate-form", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("definition (line ").contains("not valid YAML");
    }

    @Test
    void emptyFileExitsOne() throws IOException {
        Path file = write("empty.yaml", "");

        assertThat(run("validate-form", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("definition").contains("empty");
    }

    @Test
    void missingFileExitsOne() {
        Path file = dir.resolve("nowhere.yaml");

        assertThat(run("validate-form", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(file.toString()).contains("no such file");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void directoryExitsOne() {
        assertThat(run("validate-form", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("directory");
    }

    @Test
    void nonUtf8FileExitsOne() throws IOException {
        // "Høring" in ISO-8859-1: ø is the single byte 0xF8, which is not valid UTF-8.
        Path file = Files.write(dir.resolve("latin1.yaml"), BUNDLED.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(run("validate-form", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("not UTF-8");
    }

    @Test
    void twoMegabyteFileExitsOne() throws IOException {
        Path file = write("big.yaml", BUNDLED + "# " + "x".repeat(2_000_000) + "\n");

        assertThat(run("validate-form", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("larger than");
    }

    @Test
    void missingFileArgumentIsAUsageError() {
        int exitCode = run("validate-form");

        assertThat(exitCode).isNotIn(0, 1);
        assertThat(err.toString()).contains("FILE");
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("validate-form").contains("serve");
    }

    @Test
    void unknownCommandFails() {
        assertThat(run("frobnicate")).isNotZero();
        assertThat(err.toString()).contains("frobnicate");
    }

    @Test
    void isServe() {
        assertThat(Cli.isServe(new String[] {})).isTrue();
        assertThat(Cli.isServe(new String[] {"serve"})).isTrue();
        assertThat(Cli.isServe(new String[] {"serve", "--server.port=8081"})).isTrue();
        assertThat(Cli.isServe(new String[] {"--server.port=1"})).isTrue();
        assertThat(Cli.isServe(new String[] {"validate-form", "x"})).isFalse();
        assertThat(Cli.isServe(new String[] {"--help"})).isFalse();
        assertThat(Cli.isServe(new String[] {"--version"})).isFalse();
    }

    @Test
    void serveArgumentsDropTheCommandWord() {
        assertThat(Cli.serveArguments(new String[] {"serve", "--server.port=8081"})).containsExactly("--server.port=8081");
        assertThat(Cli.serveArguments(new String[] {"--server.port=8081"})).containsExactly("--server.port=8081");
        assertThat(Cli.serveArguments(new String[] {})).isEmpty();
    }
}
