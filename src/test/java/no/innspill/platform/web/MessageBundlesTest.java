package no.innspill.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.Yaml;

/**
 * Every text exists in bokmål, nynorsk and English: a key missing from one language fails the
 * build, for every bundle under {@code i18n/}. Every bundle is one Spring loads, and every key a
 * template names literally ({@code #{form.title}}) is in one.
 */
class MessageBundlesTest {

    private static final PathMatchingResourcePatternResolver RESOURCES = new PathMatchingResourcePatternResolver();
    /** A message expression's key when it is written out: #{form.title} or #{form.limit(${n})}, not #{'error.' + ${code}}. */
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([\\w.-]+)[}(]");
    /** A key passed on in quotes: #messages.msg('staff.kind.person'), a table's column keys {'staff.status', …}. */
    private static final Pattern QUOTED_KEY = Pattern.compile("'([a-z][\\w-]*(?:\\.[\\w-]+)+)'");

    /** The bokmål bundles: i18n/web.properties, i18n/intake.properties, …, without the language suffix. */
    static List<String> bundles() throws IOException {
        return Arrays.stream(RESOURCES.getResources("classpath:i18n/*.properties"))
                .map(Resource::getFilename)
                .filter(name -> !name.matches(".*_[a-z]{2}\\.properties"))
                .map(name -> name.substring(0, name.length() - ".properties".length()))
                .sorted()
                .toList();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void every_bundle_has_the_same_keys_in_every_language(String bundle) throws IOException {
        Properties bokmal = load("i18n/" + bundle + ".properties");
        for (String language : new String[] {"nn", "en"}) {
            Properties other = load("i18n/" + bundle + "_" + language + ".properties");
            assertThat(other).as("i18n/%s_%s.properties exists", bundle, language).isNotNull();
            assertThat(keys(other)).as("keys of %s_%s against the bokmål bundle", bundle, language).isEqualTo(keys(bokmal));
            other.forEach((key, value) -> assertThat(value.toString()).as("%s_%s: %s", bundle, language, key).isNotBlank());
        }
    }

    @Test
    void spring_loads_every_bundle() throws IOException {
        Resource config = RESOURCES.getResource("classpath:application.yaml");
        try (InputStream in = config.getInputStream()) {
            Map<String, Map<String, Map<String, String>>> yaml = new Yaml().load(in);
            String basename = yaml.get("spring").get("messages").get("basename");
            assertThat(Arrays.stream(basename.split(",")).map(String::strip).sorted().toList())
                    .isEqualTo(bundles().stream().map(bundle -> "i18n/" + bundle).toList());
        }
    }

    @Test
    void every_key_a_template_names_is_in_a_bundle() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String bundle : bundles()) {
            known.addAll(keys(load("i18n/" + bundle + ".properties")));
        }
        List<String> missing = new ArrayList<>();
        for (Resource template : RESOURCES.getResources("classpath:templates/**/*.html")) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            for (Pattern pattern : List.of(LITERAL_KEY, QUOTED_KEY)) {
                Matcher key = pattern.matcher(html);
                while (key.find()) {
                    if (!known.contains(key.group(1))) {
                        missing.add(template.getFilename() + ": " + key.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in templates but in no bundle").isEmpty();
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Properties load(String path) throws IOException {
        Resource resource = RESOURCES.getResource("classpath:" + path);
        if (!resource.exists()) {
            return null;
        }
        try (InputStream in = resource.getInputStream()) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
