package no.innspill.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import no.innspill.platform.InvalidInputException;

/** The form module's entry point: read definitions from YAML, and find the ones bundled in the jar. */
public final class FormDefinitions {

    private FormDefinitions() {
    }

    /**
     * Reads and checks a definition.
     *
     * @throws InvalidInputException naming every broken field and its line
     */
    public static FormDefinition parse(String yaml) {
        return FormDefinitionParser.parse(yaml);
    }

    /** The YAML of a definition bundled under {@code forms/} in the jar, by case number (22/414). */
    public static Optional<String> bundledYaml(String caseNumber) {
        String resource = "/forms/" + caseNumber.replace('/', '-') + ".yaml";
        try (InputStream in = FormDefinitions.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled form " + resource, e);
        }
    }

    public static Optional<FormDefinition> bundled(String caseNumber) {
        return bundledYaml(caseNumber).map(FormDefinitions::parse);
    }
}
