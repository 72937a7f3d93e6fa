package no.innspill.consultation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import no.innspill.form.FormDefinition;
import no.innspill.form.FormDefinitions;
import no.innspill.platform.InvalidInputException;
import no.innspill.platform.yaml.YamlReader;
import no.innspill.platform.yaml.YamlReader.Fields;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Consultation definitions as YAML, the import and export format (docs/forms.md): this module reads
 * the case fields, the form module the form's fields of the same mapping, into one list of errors.
 */
public final class ConsultationDefinitions {

    /** The document's name in errors about it as a whole: their field. */
    static final String DOCUMENT = "definition";
    private static final Set<String> CASE_FIELDS = Set.of("caseNumber", "title", "owner", "deadline", "responseEmail",
            "emailInstructions");
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ConsultationDefinitions() {
    }

    /**
     * Reads and checks a definition.
     *
     * @throws InvalidInputException naming every broken field and its line
     */
    public static ConsultationDefinition parse(String yaml) {
        YamlReader reader = YamlReader.parse(yaml, DOCUMENT);
        Set<String> known = new HashSet<>(CASE_FIELDS);
        known.addAll(FormDefinitions.FIELDS);
        Fields fields = reader.root(DOCUMENT, known);
        String caseNumber = caseNumber(fields);
        String title = fields.requiredString("title");
        String owner = fields.requiredString("owner");
        LocalDateTime deadline = deadline(fields);
        String responseEmail = fields.requiredString("responseEmail");
        if (responseEmail != null && !EMAIL.matcher(responseEmail).matches()) {
            fields.invalid("responseEmail", "not-an-email", responseEmail);
        }
        String emailInstructions = fields.optionalString("emailInstructions");
        FormDefinition form = FormDefinitions.read(reader, fields);
        reader.failOnErrors(DOCUMENT);
        return new ConsultationDefinition(caseNumber, title, owner, deadline, responseEmail, emailInstructions, form);
    }

    /** The definition as YAML that {@link #parse} reads back to the same definition. */
    public static String toYaml(ConsultationDefinition definition) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("caseNumber", definition.caseNumber());
        map.put("title", definition.title());
        map.put("owner", definition.owner());
        LocalDateTime deadline = definition.deadline();
        map.put("deadline", deadline.toLocalTime().equals(END_OF_DAY) ? deadline.toLocalDate().toString() : deadline.toString());
        map.put("responseEmail", definition.responseEmail());
        Map<String, Object> form = FormDefinitions.toMap(definition.form());
        if (form.containsKey("intro")) {
            map.put("intro", form.remove("intro"));
        }
        if (definition.emailInstructions() != null) {
            map.put("emailInstructions", definition.emailInstructions());
        }
        map.putAll(form);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(120);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        return new Yaml(options).dump(map);
    }

    /** The YAML of a definition bundled under {@code forms/} in the jar, by case number (22/414). */
    public static Optional<String> bundledYaml(String caseNumber) {
        String resource = "/forms/" + caseNumber.replace('/', '-') + ".yaml";
        try (InputStream in = ConsultationDefinitions.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled definition " + resource, e);
        }
    }

    public static Optional<ConsultationDefinition> bundled(String caseNumber) {
        return bundledYaml(caseNumber).map(ConsultationDefinitions::parse);
    }

    /** The short form (22/414) of the case number as written (2022/414, 22/00414); {@code null} with an error when it is none. */
    private static String caseNumber(Fields fields) {
        String value = fields.requiredString("caseNumber");
        if (value == null) {
            return null;
        }
        Optional<CaseNumber> caseNumber = CaseNumber.parse(value);
        if (caseNumber.isPresent()) {
            return caseNumber.get().shortForm();
        }
        if (CaseNumber.hasYearOutOfRange(value)) {
            fields.invalid("caseNumber", "case-year-out-of-range", value, CaseNumber.FIRST_YEAR, CaseNumber.LAST_YEAR);
        } else {
            fields.invalid("caseNumber", "not-a-case-number", value);
        }
        return null;
    }

    private static LocalDateTime deadline(Fields fields) {
        String value = fields.requiredString("deadline");
        if (value == null) {
            return null;
        }
        try {
            return value.contains("T") ? LocalDateTime.parse(value) : LocalDate.parse(value).atTime(END_OF_DAY);
        } catch (DateTimeParseException e) {
            fields.invalid("deadline", "not-a-date", value);
            return null;
        }
    }
}
