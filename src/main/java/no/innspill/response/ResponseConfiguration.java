package no.innspill.response;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import no.innspill.platform.cache.CacheSpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ResponseConfiguration {

    /** Counts of filtered lists, keyed by the case's generation: an entry is never stale, only unused (and then evicted). */
    @Bean
    CacheSpec responseCountsCache() {
        return new CacheSpec(Responses.COUNTS_CACHE, Caffeine.newBuilder().maximumSize(5_000).expireAfterAccess(Duration.ofMinutes(30)));
    }
}
