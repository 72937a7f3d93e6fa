package no.innspill.archive.noark5;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Noark5Properties.class)
class Noark5Configuration {
}
