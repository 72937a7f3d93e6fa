package no.innspill.platform;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxRequestSize the largest request body taken; larger ones get HTTP 413
 * @param baseUrl        where people reach Innspill, for links in e-mails; unset, it is found from the
 *                       requests ({@link PublicLinks})
 */
@ConfigurationProperties("innspill.web")
public record WebProperties(
        @DefaultValue("2MB") DataSize maxRequestSize,
        URI baseUrl) {
}
