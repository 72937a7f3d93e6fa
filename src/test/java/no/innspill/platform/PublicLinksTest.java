package no.innspill.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Where our absolute links point: the configured base URL, else the request's origin (issue 9). */
class PublicLinksTest {

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void a_configured_base_url_wins_with_or_without_a_trailing_slash() {
        PublicLinks links = links("https://innspill.example.no/");
        inRequest("http", "127.0.0.1", 41234);
        assertThat(links.link("/kvittering/abc")).isEqualTo("https://innspill.example.no/kvittering/abc");
    }

    @Test
    void without_one_a_link_carries_the_origin_of_the_request_with_its_port() {
        PublicLinks links = links(null);
        inRequest("http", "127.0.0.1", 41234);
        assertThat(links.link("/kvittering/abc")).isEqualTo("http://127.0.0.1:41234/kvittering/abc");
        inRequest("https", "innspill.example.no", 443);
        assertThat(links.link("/x")).isEqualTo("https://innspill.example.no/x");
    }

    @Test
    void outside_a_request_the_latest_request_s_origin_is_used() {
        PublicLinks links = links(null);
        inRequest("http", "10.0.0.5", 9090);
        links.link("/");
        RequestContextHolder.resetRequestAttributes(); // a mail written in the background
        assertThat(links.link("/utkast/t")).isEqualTo("http://10.0.0.5:9090/utkast/t");
    }

    @Test
    void before_any_request_it_is_localhost() {
        assertThat(links(null).link("/svar")).isEqualTo("http://localhost:8080/svar");
    }

    @Test
    void the_start_warns_only_when_mail_goes_out_without_a_base_url() {
        MockEnvironment mail = new MockEnvironment().withProperty("spring.mail.host", "smtp.example.no");
        assertThat(links(null, mail).mailLinksMayBeWrong()).isTrue();
        assertThat(links("https://innspill.example.no", mail).mailLinksMayBeWrong()).isFalse();
        assertThat(links(null, new MockEnvironment()).mailLinksMayBeWrong()).isFalse();
    }

    private static PublicLinks links(String baseUrl) {
        return links(baseUrl, new MockEnvironment());
    }

    private static PublicLinks links(String baseUrl, MockEnvironment environment) {
        return new PublicLinks(new WebProperties(DataSize.ofMegabytes(2), baseUrl == null ? null : URI.create(baseUrl)), environment);
    }

    private static void inRequest(String scheme, String host, int port) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setScheme(scheme);
        request.setServerName(host);
        request.setServerPort(port);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
