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
            "emailInstructions", "contact", "publicationDate", "translations");
    private static final Set<String> CONTACT_FIELDS = Set.of("name", "email", "phone");
    private static final Set<String> LANGUAGES = Set.of("nn", "en");
    private static final Set<String> TRANSLATION_FIELDS = Set.of("title", "intro");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-]*");
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
        Contact contact = contact(reader, fields);
        LocalDate publicationDate = publicationDate(fields);
        Map<String, Translation> translations = translations(reader, fields);
        FormDefinition form = FormDefinitions.read(reader, fields);
        reader.failOnErrors(DOCUMENT);
        return new ConsultationDefinition(caseNumber, title, owner, deadline, responseEmail, emailInstructions, form, contact,
                publicationDate, translations.get("nn"), translations.get("en"));
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
        if (!definition.contact().isEmpty()) {
            Map<String, Object> contact = new LinkedHashMap<>();
            putIfPresent(contact, "name", definition.contact().name());
            putIfPresent(contact, "email", definition.contact().email());
            putIfPresent(contact, "phone", definition.contact().phone());
            map.put("contact", contact);
        }
        if (definition.publicationDate() != null) {
            map.put("publicationDate", definition.publicationDate().toString());
        }
        Map<String, Object> translations = new LinkedHashMap<>();
        putTranslation(translations, "nn", definition.nynorsk());
        putTranslation(translations, "en", definition.english());
        if (!translations.isEmpty()) {
            map.put("translations", translations);
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

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static void putTranslation(Map<String, Object> translations, String language, Translation translation) {
        if (!translation.isEmpty()) {
            Map<String, Object> texts = new LinkedHashMap<>();
            putIfPresent(texts, "title", translation.title());
            putIfPresent(texts, "intro", translation.intro());
            translations.put(language, texts);
        }
    }

    private static Contact contact(YamlReader reader, Fields fields) {
        if (!fields.has("contact")) {
            return Contact.NONE;
        }
        Fields contact = reader.mapping(fields.get("contact"), fields.path("contact"), "name, email, phone", CONTACT_FIELDS);
        if (contact == null) {
            return Contact.NONE;
        }
        String email = contact.optionalString("email");
        if (email != null && !EMAIL.matcher(email).matches()) {
            contact.invalid("email", "not-an-email", email);
        }
        String phone = contact.optionalString("phone");
        long digits = phone == null ? 0 : phone.chars().filter(Character::isDigit).count();
        if (phone != null && (!PHONE.matcher(phone).matches() || digits < 5 || digits > 15)) {
            contact.invalid("phone", "not-a-phone", phone);
        }
        return new Contact(contact.optionalString("name"), email, phone);
    }

    private static LocalDate publicationDate(Fields fields) {
        String value = fields.optionalString("publicationDate");
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            fields.invalid("publicationDate", "not-a-day", value);
            return null;
        }
    }

    private static Map<String, Translation> translations(YamlReader reader, Fields fields) {
        Map<String, Translation> translations = new LinkedHashMap<>();
        if (!fields.has("translations")) {
            return translations;
        }
        Fields languages = reader.mapping(fields.get("translations"), fields.path("translations"), "nn, en", LANGUAGES);
        if (languages == null) {
            return translations;
        }
        for (String language : LANGUAGES) {
            if (languages.has(language)) {
                Fields texts = reader.mapping(languages.get(language), languages.path(language), "title, intro", TRANSLATION_FIELDS);
                if (texts != null) {
                    translations.put(language, new Translation(texts.optionalString("title"), texts.optionalString("intro")));
                }
            }
        }
        return translations;
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
