package no.innspill.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import no.innspill.analysis.AnalysedResponse;
import no.innspill.analysis.Campaign;
import no.innspill.analysis.OfflineAnalysis;
import no.innspill.analysis.SuggestedTheme;
import no.innspill.consultation.ConsultationDefinition;
import no.innspill.consultation.ConsultationDefinitions;
import no.innspill.form.FormDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds the campaigns and suggests the themes of a file of responses, without a server or a database, and prints one
 * JSON object: {@code {"campaigns": [...], "themes": {"q1": [...], ...}}}. Exit 0 when done, 1 when the file cannot be
 * read (the line at fault named), 2 for a usage error such as an unknown consultation.
 */
@Command(name = "analyse", mixinStandardHelpOptions = true,
        description = "Find campaigns and suggest themes in responses (JSON lines in the API's shape, each with an \"id\"); "
                + "prints one JSON object.")
final class AnalyseCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Far above any consultation's response; a line longer than this is not a response. */
    private static final int MAX_LINE = 4 * 1024 * 1024;

    @Option(names = "--consultation", required = true, paramLabel = "CASE", description = "the case number of a bundled form, such as 22/414")
    String consultation;

    @Option(names = "--responses", required = true, paramLabel = "FILE", description = "the responses, one JSON object per line")
    Path responses;

    @Option(names = "--confirmed", paramLabel = "FILE",
            description = "answers an analyst has tagged: {\"q1\": {\"<id>\": [\"<theme>\", ...]}, ...}; those questions' themes "
                    + "are then the analyst's, the other answers placed by a classifier trained on the tagged ones")
    Path confirmed;

    @Spec
    CommandSpec spec;

    /** A line of the file that is not a response, named for the user. */
    static final class BadLine extends Exception {
        BadLine(String message) {
            super(message);
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<ConsultationDefinition> definition = ConsultationDefinitions.bundled(consultation.strip());
        if (definition.isEmpty()) {
            err.println("Unknown consultation " + consultation + ": no bundled form definition for it (try 22/414)");
            return 2;
        }
        FormDefinition form = definition.get().form();
        List<String> answerIds = form.answerIds().stream()
                .filter(id -> form.target(id).map(target -> target.textLimit() > 0).orElse(false)).toList();
        PrintStream stdout = System.out;
        System.setOut(System.err); // a library printing to standard output would break the JSON
        try {
            Map<String, Map<String, Set<String>>> tagged = confirmed == null ? Map.of() : tagged(confirmed, answerIds);
            List<AnalysedResponse> read = read(responses, answerIds);
            OfflineAnalysis.Result result = new OfflineAnalysis().analyse(read, answerIds, tagged);
            out.println(JSON.writeValueAsString(json(result)));
            out.flush();
            return 0;
        } catch (NoSuchFileException e) {
            err.println("No such file: " + e.getFile());
            return 1;
        } catch (CharacterCodingException e) {
            err.println(responses + " is not UTF-8 text");
            return 1;
        } catch (IOException e) {
            err.println("Cannot read " + responses + ": " + e.getMessage());
            return 1;
        } catch (BadLine e) {
            err.println(e.getMessage());
            return 1;
        } finally {
            System.setOut(stdout);
        }
    }

    static List<AnalysedResponse> read(Path file, List<String> answerIds) throws IOException, BadLine {
        List<AnalysedResponse> read = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader lines = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (line.length() > MAX_LINE) {
                    throw new BadLine(file + ": line " + number + " is longer than " + MAX_LINE / 1024 / 1024 + " MB");
                }
                AnalysedResponse response;
                try {
                    response = response(line, number, answerIds);
                } catch (BadLine e) {
                    throw new BadLine(file + ": " + e.getMessage());
                }
                if (!ids.add(response.id())) {
                    throw new BadLine(file + ": line " + number + ": the id \"" + response.id() + "\" was used on an earlier line");
                }
                read.add(response);
            }
        }
        return read;
    }

    private static AnalysedResponse response(String line, int number, List<String> answerIds) throws BadLine {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new BadLine("line " + number + " is not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadLine("line " + number + " is not a JSON object");
        }
        // the staff export's lines have their document number instead of an id
        JsonNode id = node.has("id") ? node.get("id") : node.get("documentNumber");
        if (id == null || !(id.isString() || id.isIntegralNumber()) || id.asString().isBlank()) {
            throw new BadLine("line " + number + " has no \"id\" (a string or a number) nor a \"documentNumber\"");
        }
        JsonNode answers = node.get("answers");
        if (answers != null && !answers.isNull() && !answers.isObject()) {
            throw new BadLine("line " + number + ": \"answers\" is not an object");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (String answerId : answerIds) {
            JsonNode answer = answers == null ? null : answers.get(answerId);
            JsonNode text = answer == null || !answer.isObject() ? null : answer.get("text");
            if (text != null && text.isString() && !text.asString().isBlank()) {
                texts.put(answerId, text.asString());
            } else if (text != null && !text.isNull() && !text.isString()) {
                throw new BadLine("line " + number + ": the text of \"" + answerId + "\" is not a string");
            }
        }
        JsonNode respondent = node.get("respondent");
        return new AnalysedResponse(id.asString(), field(respondent, "name"), field(respondent, "organisationNumber"),
                field(respondent, "email"), texts);
    }

    /** The analyst's tags: per answer id of the form, per response id, a list of theme names (empty for "no theme"). */
    static Map<String, Map<String, Set<String>>> tagged(Path file, List<String> answerIds) throws IOException, BadLine {
        if (Files.size(file) > 64L * 1024 * 1024) {
            throw new BadLine(file + " is larger than 64 MB");
        }
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new BadLine(file + " is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BadLine(file + " is not a JSON object of answer ids");
        }
        Map<String, Map<String, Set<String>>> tagged = new LinkedHashMap<>();
        for (var question : root.properties()) {
            if (!answerIds.contains(question.getKey())) {
                throw new BadLine(file + ": \"" + question.getKey() + "\" is no answer id of the form that takes text (" + String.join(", ", answerIds) + ")");
            }
            if (!question.getValue().isObject()) {
                throw new BadLine(file + ": \"" + question.getKey() + "\" is not an object of response ids");
            }
            Map<String, Set<String>> byResponse = new LinkedHashMap<>();
            for (var response : question.getValue().properties()) {
                if (!response.getValue().isArray()) {
                    throw new BadLine(file + ": the themes of \"" + response.getKey() + "\" in \"" + question.getKey() + "\" are not a list");
                }
                Set<String> themes = new java.util.LinkedHashSet<>();
                for (JsonNode theme : response.getValue()) {
                    if (!theme.isString() || theme.asString().isBlank()) {
                        throw new BadLine(file + ": a theme of \"" + response.getKey() + "\" in \"" + question.getKey() + "\" is not a name");
                    }
                    themes.add(theme.asString());
                }
                byResponse.put(response.getKey(), themes);
            }
            tagged.put(question.getKey(), byResponse);
        }
        return tagged;
    }

    private static String field(JsonNode object, String name) {
        JsonNode value = object == null || !object.isObject() ? null : object.get(name);
        return value != null && value.isString() ? value.asString() : null;
    }

    private static Map<String, Object> json(OfflineAnalysis.Result result) {
        List<Map<String, Object>> campaigns = new ArrayList<>();
        for (Campaign campaign : result.campaigns()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("kind", campaign.kind() == Campaign.Kind.DUPLICATE ? "duplicate" : "campaign");
            json.put("members", campaign.members());
            json.put("template", campaign.template());
            json.put("added", campaign.added());
            campaigns.add(json);
        }
        Map<String, Object> themes = new LinkedHashMap<>();
        result.themes().forEach((answerId, suggested) -> {
            List<Map<String, Object>> list = new ArrayList<>();
            for (SuggestedTheme theme : suggested) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("label", theme.label());
                json.put("terms", theme.terms());
                json.put("quotes", theme.quotes().stream().map(quote -> Map.of("id", quote.responseId(), "text", quote.text())).toList());
                json.put("members", theme.members());
                list.add(json);
            }
            themes.put(answerId, list);
        });
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("campaigns", campaigns);
        json.put("themes", themes);
        return json;
    }
}
