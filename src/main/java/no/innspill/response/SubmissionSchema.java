package no.innspill.response;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The submission shape of PRODUCT.md, for the OpenAPI document only: {@link SubmissionReader} reads the
 * body itself so that every error names its field, so nothing binds to this type. Keep it in step with
 * the reader's fields.
 */
@Schema(name = "Submission", description = "A response in the PRODUCT.md JSON shape; unknown fields are refused (422)")
record SubmissionSchema(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Respondent respondent,
        @Schema(description = "Answers by question id (q1, q2.goal1, …); may be left out when noComments is true")
        Map<String, AnswerSchema> answers,
        @Schema(description = "true: a complete response that says \"ingen merknader\"", defaultValue = "false")
        Boolean noComments,
        @Schema(description = "What the respondent says about publication; left out: name published (or as the consultation "
                + "decides for private persons), online", nullable = true)
        PublicationSchema publication,
        @Schema(description = "Staff only: how the response came", allowableValues = {"web", "api", "email", "paper"}, defaultValue = "api")
        String channel,
        @Schema(description = "Staff only: when the response came, with offset; later than the deadline flags it late",
                example = "2022-09-30T14:05:00+02:00")
        OffsetDateTime receivedAt) {

    @Schema(name = "SubmissionRespondent")
    record Respondent(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = SubmissionReader.MAX_NAME_LENGTH, example = "Legemiddelverket")
            String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"organisation", "person"})
            String kind,
            @Schema(description = "Nine digits, organisations only", nullable = true, example = "974652714")
            String organisationNumber,
            @Schema(description = "Where the receipt goes", nullable = true, format = "email", maxLength = 254)
            String email,
            @Schema(description = "Organisations only (422 for a person): whom the body may ask", nullable = true)
            ContactPersonSchema contactPerson) {
    }

    @Schema(name = "SubmissionContactPerson")
    record ContactPersonSchema(
            @Schema(nullable = true, maxLength = SubmissionReader.MAX_NAME_LENGTH, example = "Kari Nordmann") String name,
            @Schema(nullable = true, maxLength = SubmissionReader.MAX_PHONE_LENGTH, example = "+47 912 34 567",
                    description = "5–15 digits, with spaces, dashes, dots or parentheses between and an optional + first")
            String phone) {
    }

    @Schema(name = "SubmissionPublication", description = "The response is a public document and is published after the deadline")
    record PublicationSchema(
            @Schema(allowableValues = {"publish", "withhold"}, nullable = true, defaultValue = "publish",
                    description = "withhold: a private person is shown as \"Privatperson\"; 422 for an organisation, and where "
                            + "the consultation offers private persons no choice and the value differs from its own")
            String name,
            @Schema(defaultValue = "true", description = "false: asks that the response is not published online (it stays in the journal)")
            Boolean online,
            @Schema(nullable = true, maxLength = Publication.MAX_REASON_LENGTH,
                    description = "Required when online is false, refused otherwise")
            String reason) {
    }

    @Schema(name = "SubmissionAnswer", description = "Plain text: paragraphs separated by \\n, a bullet item starts with \"• \"")
    record AnswerSchema(
            @Schema(description = "A choice question's option id", nullable = true, example = "yes") String choice,
            @ArraySchema(schema = @Schema(description = "A multiple-choice question's option ids"), maxItems = 100)
            List<String> choices,
            @Schema(nullable = true) String text) {
    }

    /** The multipart variant: the JSON in a part {@code response}, files beside it. */
    @Schema(name = "SubmissionWithFiles", description = "Files are PDF, Word (.docx) or OpenDocument (.odt), recognised by content. "
            + "Parts named by an attachments question's id (q3) answer that question; parts named \"attachment\" (or \"attachments\") "
            + "belong to the response as a whole, for a form without attachments question.")
    record WithFiles(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) SubmissionSchema response,
            @ArraySchema(schema = @Schema(type = "string", format = "binary")) List<byte[]> attachment) {
    }
}
