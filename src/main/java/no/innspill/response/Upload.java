package no.innspill.response;

/**
 * A file as a respondent sent it, not yet checked.
 *
 * @param questionId the attachments question it is for, or {@code null} for the response as a whole
 * @param fileName   as the browser or client named it; may hold a path, or be {@code null}
 */
public record Upload(String questionId, String fileName, byte[] bytes) {
}
