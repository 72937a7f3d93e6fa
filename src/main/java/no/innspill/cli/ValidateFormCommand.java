package no.innspill.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import no.innspill.form.FormDefinition;
import no.innspill.consultation.ConsultationDefinition;
import no.innspill.consultation.ConsultationDefinitions;
import no.innspill.form.Question;
import no.innspill.platform.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Checks a YAML form definition: exit 0 with a summary, or exit 1 with every error and its line. */
@Command(name = "validate-form", mixinStandardHelpOptions = true, description = "Check a YAML form definition (see docs/forms.md).")
final class ValidateFormCommand implements Callable<Integer> {

    private static final long MAX_FILE_BYTES = 1_000_000;

    @Parameters(paramLabel = "FILE", description = "the form definition, UTF-8 YAML")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        String yaml;
        try {
            yaml = read(file);
        } catch (IOException e) {
            err.println(file + ": " + e.getMessage());
            return 1;
        }
        try {
            ConsultationDefinition definition = ConsultationDefinitions.parse(yaml);
            FormDefinition form = definition.form();
            out.println(file + ": valid form definition");
            out.println("  " + definition.caseNumber() + " " + definition.title());
            out.println("  owner " + definition.owner() + ", deadline "
                    + definition.deadline().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " Europe/Oslo");
            int headings = form.questions().size() - form.answerable().size();
            out.println("  " + form.answerable().size() + " questions" + (headings == 0 ? "" : ", " + headings + (headings == 1 ? " heading" : " headings"))
                    + ", answer ids: " + String.join(", ", form.answerIds()));
            for (Question question : form.questions()) {
                out.println(question.isHeading() ? "  — " + question.id() + " [heading] " + question.text()
                        : "  " + question.number() + ") " + question.id() + " [" + question.kind() + "] " + question.text()
                        + (question.required() ? " (required)" : ""));
            }
            return 0;
        } catch (InvalidInputException e) {
            err.println(file + ": " + e.getMessage());
            e.errors().forEach(error -> err.println("  " + error));
            return 1;
        }
    }

    private static String read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a directory, not a file");
        }
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new IOException("is larger than " + MAX_FILE_BYTES + " bytes; no form definition is that large");
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new IOException("no such file");
        } catch (CharacterCodingException e) {
            throw new IOException("is not UTF-8 text");
        }
    }
}
