package no.innspill.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in bokmål, nynorsk and English: a key missing from one language fails the build. */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"web", "document", "wordform", "mail", "intake"})
    void every_bundle_has_the_same_keys_in_every_language(String bundle) throws IOException {
        Properties bokmal = load("/i18n/" + bundle + ".properties");
        if (bokmal == null) {
            return; // a module without texts of its own
        }
        for (String language : new String[] {"nn", "en"}) {
            Properties other = load("/i18n/" + bundle + "_" + language + ".properties");
            assertThat(other).as("i18n/%s_%s.properties exists", bundle, language).isNotNull();
            assertThat(keys(other)).as("keys of %s_%s against the bokmål bundle", bundle, language).isEqualTo(keys(bokmal));
            other.forEach((key, value) -> assertThat(value.toString()).as("%s_%s: %s", bundle, language, key).isNotBlank());
        }
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Properties load(String path) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(path)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
