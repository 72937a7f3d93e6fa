package no.innspill.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;

/** The service as the application wires it: Boot's Thymeleaf engine and spring.messages from application.yaml, no database. */
@SpringBootTest(classes = ResponseDocuments.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ImportAutoConfiguration({ThymeleafAutoConfiguration.class, MessageSourceAutoConfiguration.class})
class ResponseDocumentsWiringIT {

    @Autowired
    ResponseDocuments documents;

    @Test
    void renders_with_the_application_template_engine_and_message_bundles() {
        byte[] pdf = documents.responsePdf(TestDocuments.form(), TestDocuments.CASE, TestDocuments.seedAnswers(), TestDocuments.SEED_DETAILS,
                Locale.forLanguageTag("nn-NO"));

        String firstPage = PdfInspection.collapse(PdfInspection.pages(pdf).get(0));
        assertThat(firstPage).contains("Saksnummer 22/414", "Høyringsinstans Legemiddelverket", "Motteke 27. november 2026 kl. 08:35");
    }
}
