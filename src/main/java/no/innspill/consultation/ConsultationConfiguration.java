package no.innspill.consultation;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import no.innspill.platform.cache.CacheSpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConsultationConfiguration {

    static final String BY_SLUG = "consultation-by-slug";

    @Bean
    CacheSpec consultationsBySlug() {
        return new CacheSpec(BY_SLUG, Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(1)).maximumSize(10_000));
    }
}
