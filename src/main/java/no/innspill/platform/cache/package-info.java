/**
 * Caches through Spring's cache abstraction, on Caffeine. A module declares each cache it uses as a
 * {@link no.innspill.platform.cache.CacheSpec} bean; the cache manager knows no others, and every
 * put and evict made in a transaction happens when it commits.
 */
@NamedInterface("cache")
package no.innspill.platform.cache;

import org.springframework.modulith.NamedInterface;
