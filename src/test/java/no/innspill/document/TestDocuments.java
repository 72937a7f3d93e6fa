package no.innspill.document;

import no.innspill.testing.DemoDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import no.innspill.form.Answer;
import no.innspill.form.FormDefinition;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service wired by hand as Spring Boot wires it, and the seed's form and response, for tests and the benchmark. */
public final class TestDocuments {

    /** 08:35 in Oslo (CET). */
    static final Instant RECEIVED = Instant.parse("2026-11-27T07:35:00Z");

    static final ResponseDetails SEED_DETAILS =
            new ResponseDetails("22/414-7", "Legemiddelverket", "organisation", null, RECEIVED);

    private TestDocuments() {
    }

    /** Boot's Thymeleaf settings (classpath:/templates/, .html, HTML, UTF-8, cached) and spring.messages for i18n/document. */
    public static ResponseDocuments service() {
        return new ResponseDocuments(templateEngine(), messages());
    }

    static SpringTemplateEngine templateEngine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages());
        return engine;
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/document");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static final CaseDetails CASE = DemoDefinition.CASE;

    static FormDefinition form() {
        return DemoDefinition.FORM;
    }

    /** The answers of demo/22-414-legemiddelverket.json, in form order. */
    static Map<String, Answer> seedAnswers() {
        try (InputStream in = TestDocuments.class.getResourceAsStream("/demo/22-414-legemiddelverket.json")) {
            JsonNode answers = JsonMapper.builder().build().readTree(in).get("answers");
            Map<String, Answer> result = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : answers.properties()) {
                result.put(entry.getKey(), new Answer(string(entry.getValue(), "choice"), string(entry.getValue(), "text")));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String string(JsonNode answer, String field) {
        JsonNode value = answer.get(field);
        return value == null || value.isNull() ? null : value.stringValue();
    }
}
