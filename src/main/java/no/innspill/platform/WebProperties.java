package no.innspill.platform;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxRequestSize the largest request body taken; larger ones get HTTP 413
 * @param baseUrl        where people reach Innspill, for links in e-mails
 */
@ConfigurationProperties("innspill.web")
public record WebProperties(
        @DefaultValue("2MB") DataSize maxRequestSize,
        @DefaultValue("http://localhost:8080") URI baseUrl) {

    /** An absolute link to a path of ours, for e-mails. */
    public String link(String path) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
