package no.innspill.platform.cache;

import java.util.List;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.cache.transaction.TransactionAwareCacheManagerProxy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One cache manager for the modules' caches. Transaction-aware: an evict inside a transaction takes
 * effect when it commits, so no reader caches a change that is not visible yet, and a rolled-back
 * change evicts nothing. Unknown cache names are refused rather than made on the fly, so every cache
 * has a declared bound.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CachingConfiguration {

    @Bean
    CacheManager cacheManager(List<CacheSpec> specs) {
        CaffeineCacheManager caffeine = new CaffeineCacheManager();
        caffeine.setAllowNullValues(false);
        caffeine.setCacheNames(List.of()); // no caches made on the fly
        specs.forEach(spec -> caffeine.registerCustomCache(spec.name(), spec.builder().build()));
        return new TransactionAwareCacheManagerProxy(caffeine);
    }
}
