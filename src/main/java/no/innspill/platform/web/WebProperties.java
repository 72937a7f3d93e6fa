package no.innspill.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** @param maxRequestSize the largest request body taken; larger ones get HTTP 413 */
@ConfigurationProperties("innspill.web")
record WebProperties(@DefaultValue("2MB") DataSize maxRequestSize) {
}
