package no.innspill.archive.noark5;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * Arkivverket's XSDs that every extract carries, read from {@code innspill.archive.noark5-schemas}: the five
 * Noark 5 v5.0 schemas and ADDML's. Innspill keeps no copy of its own (they are Arkivverket's, and a package
 * must carry the current ones).
 */
final class Noark5Schemas {

    static final String PROPERTY = "innspill.archive.noark5-schemas";
    static final String WHERE = "Arkivverket's schemas: https://github.com/arkivverket/schemas (N5/v5.0 and ADDML), published at "
            + "https://schema.arkivverket.no";

    /** The name in the package → the path under the configured directory. */
    static final Map<String, String> FILES = files();

    private final Path directory;

    private Noark5Schemas(Path directory) {
        this.directory = directory;
    }

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : List.of("arkivstruktur", "metadatakatalog", "loependeJournal", "offentligJournal", "endringslogg")) {
            files.put(name + ".xsd", "N5-v5.0/" + name + ".xsd");
        }
        files.put("addml.xsd", "ADDML-v8.3/addml.xsd");
        return java.util.Collections.unmodifiableMap(files);
    }

    /**
     * The schemas in {@code directory}.
     *
     * @throws Noark5Refusal (503) naming the setting, what is missing, and where Arkivverket publishes the schemas
     */
    static Noark5Schemas in(Path directory) {
        if (directory == null) {
            throw missing("is not set", List.of());
        }
        List<String> absent = new ArrayList<>();
        for (String relative : FILES.values().stream().sorted().toList()) {
            if (!Files.isRegularFile(directory.resolve(relative))) {
                absent.add(relative);
            }
        }
        if (!absent.isEmpty()) {
            throw missing("(" + directory + ") lacks " + String.join(", ", absent), absent);
        }
        return new Noark5Schemas(directory);
    }

    Path path(String nameInPackage) {
        return directory.resolve(FILES.get(nameInPackage));
    }

    private static Noark5Refusal missing(String what, List<String> absent) {
        return new Noark5Refusal(HttpStatus.SERVICE_UNAVAILABLE, "Noark 5 schemas missing", "schemas-missing",
                "An extract must carry Arkivverket's official XSDs, and Innspill keeps no copy of them. The setting " + PROPERTY + " "
                        + what + ". Point it at a directory with N5-v5.0/{arkivstruktur,metadatakatalog,loependeJournal,offentligJournal,"
                        + "endringslogg}.xsd and ADDML-v8.3/addml.xsd, taken from " + WHERE + ".",
                PROPERTY, String.join(", ", absent));
    }
}
