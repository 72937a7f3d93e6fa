package no.innspill.form;

import com.github.benmanes.caffeine.cache.Caffeine;
import no.innspill.platform.cache.CacheSpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FormConfiguration {

    static final String VERSIONS = "form-versions";

    /** Versions are immutable: kept until memory pressure (the bound) pushes them out. */
    @Bean
    CacheSpec formVersionsCache() {
        return new CacheSpec(VERSIONS, Caffeine.newBuilder().maximumSize(2_000));
    }
}
