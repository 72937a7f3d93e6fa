package no.innspill.platform.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Objects;

/**
 * One cache a module uses: its name and how Caffeine bounds it (size, lifetime). Declared as a bean
 * by the module that owns the cached data.
 */
public record CacheSpec(String name, Caffeine<Object, Object> builder) {

    public CacheSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(builder, "builder");
    }
}
