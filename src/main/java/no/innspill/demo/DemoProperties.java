package no.innspill.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled load the demo consultation on first start; unset means "when the embedded database is used"
 */
@ConfigurationProperties("innspill.demo")
record DemoProperties(Boolean enabled) {
}
