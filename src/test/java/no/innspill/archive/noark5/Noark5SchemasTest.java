package no.innspill.archive.noark5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;

/** Without Arkivverket's schemas the extract is refused with a message that says where to get them. */
class Noark5SchemasTest {

    @Test
    void unset_the_extract_is_refused_naming_the_setting_and_arkivverket_s_schemas() {
        assertThatThrownBy(() -> Noark5Schemas.in(null)).isInstanceOfSatisfying(Noark5Refusal.class, refusal -> {
            assertThat(refusal.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(refusal.code()).isEqualTo("schemas-missing");
            assertThat(refusal.getMessage()).contains("innspill.archive.noark5-schemas is not set", "https://github.com/arkivverket/schemas",
                    "https://schema.arkivverket.no", "N5-v5.0/", "ADDML-v8.3/addml.xsd");
        });
    }

    @Test
    void a_directory_lacking_a_file_is_refused_naming_what_is_missing(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("N5-v5.0"));
        Files.writeString(dir.resolve("N5-v5.0/arkivstruktur.xsd"), "<xs:schema/>");
        assertThatThrownBy(() -> Noark5Schemas.in(dir)).isInstanceOfSatisfying(Noark5Refusal.class, refusal ->
                assertThat(refusal.getMessage()).contains("lacks", "ADDML-v8.3/addml.xsd", "N5-v5.0/metadatakatalog.xsd")
                        .doesNotContain("N5-v5.0/arkivstruktur.xsd,"));
    }

    @Test
    void the_shared_schemas_are_complete() {
        Noark5Schemas schemas = Noark5Schemas.in(Noark5Package.schemasDirectory());
        assertThat(Files.isRegularFile(schemas.path("addml.xsd"))).isTrue();
    }
}
