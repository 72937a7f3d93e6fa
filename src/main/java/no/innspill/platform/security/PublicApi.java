package no.innspill.platform.security;

import java.util.List;
import org.springframework.http.HttpMethod;

/**
 * The API requests anyone may make, without a login; every other request under {@code /api/} is for
 * staff. One list for the filter chain and the OpenAPI document, so the document cannot tell another story.
 */
record PublicApi(HttpMethod method, String pattern) {

    private static final String CONSULTATION = "/api/v1/consultations/*";

    static final List<PublicApi> ALL = List.of(
            new PublicApi(HttpMethod.GET, "/api/v1/consultations"),
            new PublicApi(HttpMethod.GET, CONSULTATION),
            new PublicApi(HttpMethod.GET, CONSULTATION + "/form"),
            new PublicApi(HttpMethod.POST, CONSULTATION + "/responses"),
            new PublicApi(HttpMethod.GET, "/api/v1/journal"));

    /** Whether an OpenAPI path ({@code /api/v1/consultations/{slug}/form}) with this method is public. */
    static boolean isPublic(HttpMethod method, String openApiPath) {
        String pattern = openApiPath.replaceAll("\\{[^/}]+}", "*");
        return ALL.stream().anyMatch(rule -> rule.method.equals(method) && rule.pattern.equals(pattern));
    }
}
