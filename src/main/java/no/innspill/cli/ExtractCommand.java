package no.innspill.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import no.innspill.document.FileLimits;
import no.innspill.form.Answer;
import no.innspill.form.FormDefinition;
import no.innspill.consultation.ConsultationDefinition;
import no.innspill.consultation.ConsultationDefinitions;
import no.innspill.intake.Extraction;
import no.innspill.intake.ExtractionException;
import no.innspill.intake.Extractor;
import no.innspill.intake.NoticeTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads e-mailed responses (Word, PDF, letters) against a bundled form and prints one JSON object
 * per file and line; standard output carries nothing else. Each warning is an object with its
 * {@code code} and {@code args} for programs and its bokmål {@code message}. A file that cannot be read prints an
 * object with its {@code "error"}, and the next file is read. Exit 0 when every file was read, 1
 * when one was not, 2 for a usage error such as an unknown consultation.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Read filled-in response forms (.docx, PDF) or letters into the answers of a consultation's form, "
                + "one JSON object per file and line.")
final class ExtractCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Locale BOKMAL = Locale.forLanguageTag("nb");

    @Option(names = "--consultation", required = true, paramLabel = "CASE", description = "the case number of a bundled form, such as 22/414")
    String consultation;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "the files to read")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<ConsultationDefinition> definition = ConsultationDefinitions.bundled(consultation.strip());
        if (definition.isEmpty()) {
            err.println("Unknown consultation " + consultation + ": no bundled form definition for it (try 22/414)");
            return 2;
        }
        // libraries that log or print to standard output would break the JSON lines: send them to standard error
        PrintStream stdout = System.out;
        System.setOut(System.err);
        try {
            boolean failed = false;
            for (Path file : files) {
                Map<String, Object> line = read(file, definition.get());
                failed |= line.containsKey("error");
                out.println(JSON.writeValueAsString(line));
                out.flush();
            }
            return failed ? 1 : 0;
        } finally {
            System.setOut(stdout);
        }
    }

    private Map<String, Object> read(Path file, ConsultationDefinition definition) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("file", file.toString());
        FormDefinition form = definition.form();
        try {
            Extraction extraction = Extractor.extract(file.getFileName().toString(), bytes(file), form, definition.caseDetails(),
                    FileLimits.DEFAULTS);
            line.put("consultation", definition.caseNumber());
            line.put("respondent", extraction.respondent());
            line.put("answers", answers(extraction, form));
            line.put("unplaced", extraction.unplaced());
            line.put("warnings", warnings(extraction));
            line.put("confidence", Math.round(extraction.confidence() * 1000) / 1000.0);
        } catch (ExtractionException e) {
            return error(file, e.getMessage());
        } catch (IOException e) {
            return error(file, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // a reader's bug on a hostile file must not stop the batch
            return error(file, "could not be read (" + e.getClass().getSimpleName() + ")");
        }
        return line;
    }

    private static Map<String, Object> error(Path file, String message) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("file", file.toString());
        line.put("error", message);
        return line;
    }

    /** Each warning's code and arguments for programs, and its words in bokmål for people. */
    private static List<Map<String, Object>> warnings(Extraction extraction) {
        return extraction.warnings().stream().map(notice -> {
            Map<String, Object> warning = new LinkedHashMap<>();
            warning.put("code", notice.code());
            warning.put("args", notice.args());
            warning.put("message", NoticeTexts.text(notice, BOKMAL));
            return warning;
        }).toList();
    }

    /** Every answer id of the form; "choice" only where the question takes one, "choices" only for a multiple choice, as in PRODUCT.md. */
    private static Map<String, Object> answers(Extraction extraction, FormDefinition form) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String id : form.answerIds()) {
            Answer answer = extraction.answers().getOrDefault(id, Answer.EMPTY);
            Map<String, Object> value = new LinkedHashMap<>();
            var target = form.target(id).orElseThrow();
            if (target.takesChoice()) {
                value.put("choice", answer.choice());
            }
            if (target.takesChoices()) {
                value.put("choices", answer.choices());
            }
            value.put("text", answer.text());
            answers.put(id, value);
        }
        return answers;
    }

    private static byte[] bytes(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a directory, not a file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            // a byte more than the limit: the extractor then refuses the file with its problem named
            return in.readNBytes(Math.toIntExact(FileLimits.DEFAULTS.maxFileBytes() + 1));
        } catch (NoSuchFileException e) {
            throw new IOException("no such file");
        }
    }
}
