package no.innspill.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Absolute links to our pages, for e-mails and for the links a page shows to copy. Where people
 * reach Innspill is {@code innspill.web.base-url} when configured; otherwise the origin of the
 * request being answered (scheme, host and port as the server sees them: forwarded headers count
 * only where Spring Boot's {@code server.forward-headers-strategy} is set), and outside a request
 * (mails sent in the background, the demo data at start) the origin of the latest request, or
 * {@code http://localhost:<the port we listen on>} before the first one (docs/decisions.md).
 */
@Component
public class PublicLinks extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(PublicLinks.class);

    private final WebProperties web;
    private final Environment environment;
    private final AtomicReference<String> lastOrigin = new AtomicReference<>();
    private volatile String local = "http://localhost:8080";

    PublicLinks(WebProperties web, Environment environment) {
        this.web = web;
        this.environment = environment;
    }

    /** An absolute link to a path of ours ({@code /kvittering/…}). */
    public String link(String path) {
        return base() + path;
    }

    private String base() {
        if (web.baseUrl() != null) {
            String base = web.baseUrl().toString();
            return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return remember(attributes.getRequest());
        }
        String last = lastOrigin.get();
        return last != null ? last : local;
    }

    /** Every request's origin is kept, for links made outside a request. */
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        remember(request);
        chain.doFilter(request, response);
    }

    private String remember(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        String host = request.getServerName();
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]"; // an IPv6 address
        }
        String origin = scheme + "://" + host + (defaultPort ? "" : ":" + port) + request.getContextPath();
        lastOrigin.set(origin);
        return origin;
    }

    @EventListener
    void on(WebServerInitializedEvent event) {
        if (event.getWebServer().getPort() > 0) {
            local = "http://localhost:" + event.getWebServer().getPort();
        }
    }

    /** Mail goes out with links in it; without a configured address they may point where no reader can go. */
    @EventListener
    void on(ApplicationReadyEvent ready) {
        if (mailLinksMayBeWrong()) {
            LOG.warn("Mail is enabled (spring.mail.host) but innspill.web.base-url is not set: links in e-mails use the "
                    + "address of the latest request, or {} before the first one. Set innspill.web.base-url to the address "
                    + "people reach Innspill at.", local);
        }
    }

    boolean mailLinksMayBeWrong() {
        return web.baseUrl() == null && environment.containsProperty("spring.mail.host");
    }
}
