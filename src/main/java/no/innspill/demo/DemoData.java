package no.innspill.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import no.innspill.platform.DateFormats;
import no.innspill.consultation.Consultation;
import no.innspill.consultation.ConsultationDefinitions;
import no.innspill.consultation.ConsultationDocuments;
import no.innspill.consultation.Consultations;
import no.innspill.platform.PublicLinks;
import no.innspill.platform.EmbeddedDatabaseCondition;
import no.innspill.response.Channel;
import no.innspill.response.ResponseSource;
import no.innspill.response.SubmissionReader;
import no.innspill.response.SubmitResponse;
import no.innspill.response.SubmitResponse.Submitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Loads consultation 22/414 once: open, with a deadline three months after first start (the
 * definition keeps the real one, 1 October 2022), and the seed's response as document 22/414-1.
 */
@Component
@Order(10)
@EnableConfigurationProperties(DemoProperties.class)
class DemoData implements ApplicationRunner {

    static final String CASE_NUMBER = "22/414";
    private static final String SEED = "/demo/22-414-legemiddelverket.json";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Consultations consultations;
    private final SubmitResponse submitResponse;
    private final SubmissionReader reader;
    private final ConsultationDocuments documents;
    private final PublicLinks web;
    private final boolean enabled;

    DemoData(Consultations consultations, SubmitResponse submitResponse, SubmissionReader reader, ConsultationDocuments documents,
             PublicLinks web, DemoProperties properties, Environment environment) {
        this.documents = documents;
        this.web = web;
        this.consultations = consultations;
        this.submitResponse = submitResponse;
        this.reader = reader;
        this.enabled = properties.enabled() != null ? properties.enabled() : EmbeddedDatabaseCondition.isEmbedded(environment);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        String yaml = ConsultationDefinitions.bundledYaml(CASE_NUMBER).orElseThrow();
        Instant deadline = LocalDate.now(DateFormats.OSLO).plusMonths(3).atTime(LocalTime.of(23, 59, 59))
                .atZone(DateFormats.OSLO).toInstant();
        boolean created = consultations.createOpenIfAbsent(yaml, deadline).isPresent();
        // Registered on every start under a fixed idempotency key: after the first time it is a
        // no-op, and a crash between creating the consultation and registering the seed heals itself.
        var consultation = consultations.getBySlug(Consultation.toSlug(CASE_NUMBER));
        var seed = submitResponse.submit(new SubmitResponse.Request(consultation, reader.readSubmission(seedJson()), Channel.EMAIL,
                ResponseSource.DEMO, Instant.now(), Submitter.STAFF, "demo-seed-legemiddelverket", null));
        // after the seed, so that it stays 22/414-1 however soon the first request comes: the høringsbrev the
        // page's introduction refers to, written by Innspill itself (rendering it takes a moment)
        documents.addLetterIfNone(consultation, web.link("/horinger/" + consultation.slug() + "/svar"));
        if (created || !seed.replayed()) {
            log.info("Loaded the demo consultation {} with the seed's response as {}", CASE_NUMBER,
                    seed.response().documentNumber());
        }
    }

    private static byte[] seedJson() {
        try (InputStream in = DemoData.class.getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IOException("Missing demo resource " + SEED);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
