package no.innspill.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import no.innspill.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 15: SameSite cookies, framing and referrer headers, and a TLS proxy's forwarded headers honoured. */
@IntegrationTest
class HeadersAndCookiesIT {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pages_and_the_api_refuse_framing_and_keep_the_referrer_to_the_origin() throws Exception {
        for (String path : List.of("/logg-inn", "/api/v1/consultations")) {
            HttpResponse<String> page = get(path);
            assertThat(page.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(
                    csp -> assertThat(csp).contains("frame-ancestors 'none'"));
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(page.headers().firstValue("Strict-Transport-Security")).as(path + " over plain http").isEmpty();
        }
    }

    @Test
    void the_session_and_csrf_cookies_are_same_site_lax() throws Exception {
        HttpResponse<String> login = get("/logg-inn");
        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("XSRF-TOKEN="))
                .singleElement().satisfies(c -> assertThat(c).containsIgnoringCase("SameSite=Lax"));

        HttpResponse<String> staffPage = get("/saksbehandler"); // saves the request in a new session
        assertThat(staffPage.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(c -> assertThat(c).containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void behind_a_tls_proxy_cookies_are_secure_hsts_is_sent_and_redirects_are_https() throws Exception {
        String[] proxy = {"X-Forwarded-Proto", "https", "X-Forwarded-Host", "innspill.example.no", "X-Forwarded-Port", "443"};

        HttpResponse<String> staffPage = get("/saksbehandler", proxy);
        assertThat(staffPage.statusCode()).isEqualTo(302);
        assertThat(staffPage.headers().firstValue("Location")).hasValue("https://innspill.example.no/logg-inn");
        assertThat(staffPage.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age="));
        // Tomcat's RemoteIpValve (strategy native) trusts the headers from an internal proxy (127.0.0.1 here) only,
        // and makes the request itself https, so the session cookie it writes is Secure too
        assertThat(staffPage.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(c -> assertThat(c).containsIgnoringCase("Secure"));

        HttpResponse<String> login = get("/logg-inn", proxy);
        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("XSRF-TOKEN="))
                .singleElement().satisfies(c -> assertThat(c).containsIgnoringCase("Secure"));
    }
}
