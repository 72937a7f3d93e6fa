package no.innspill.platform.security;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The OpenAPI document's security: the HTTP Basic scheme staff log in with, required on every
 * staff operation and offered (not required) on the public ones, by the rules of {@link PublicApi}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String SCHEME = "staff";

    @Bean
    OpenApiCustomizer staffSecurity() {
        return openApi -> {
            openApi.schemaRequirement(SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                    .description("Staff accounts (innspill.admin.* or the staff page Brukere)"));
            if (openApi.getPaths() == null) {
                return;
            }
            SecurityRequirement staff = new SecurityRequirement().addList(SCHEME);
            openApi.getPaths().forEach((path, item) -> operations(item).forEach((method, operation) -> {
                if (!path.startsWith("/api/")) {
                    return;
                }
                operation.setSecurity(PublicApi.isPublic(method, path)
                        ? List.of(new SecurityRequirement(), staff) // anonymous, or staff for what only staff may add
                        : List.of(staff));
            }));
        };
    }

    private static Map<HttpMethod, Operation> operations(PathItem item) {
        Map<HttpMethod, Operation> operations = new java.util.LinkedHashMap<>();
        item.readOperationsMap().forEach((method, operation) -> operations.put(HttpMethod.valueOf(method.name()), operation));
        return operations;
    }
}
