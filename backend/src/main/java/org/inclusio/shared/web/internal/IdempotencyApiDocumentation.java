package org.inclusio.shared.web.internal;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code Idempotency-Key} documented once, on every POST in an organisation ({@link IdempotencyFilter}). */
@Configuration(proxyBeanMethods = false)
class IdempotencyApiDocumentation {

    @Bean
    OpenApiCustomizer idempotencyKeyHeader(IdempotencyProperties properties) {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                if (item.getPost() != null && path.startsWith("/api/v1/") && !path.startsWith("/api/v1/platform/")) {
                    item.getPost().addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER)
                            .required(false)
                            .schema(new StringSchema().minLength(1).maxLength(200).pattern("^[\\x21-\\x7E]+$"))
                            .description("Any unique value (a random UUID) to make retries safe: a retry with the "
                                    + "same key and body answers the original result without doing the work again; "
                                    + "the same key with another body answers 422, a retry while the first still "
                                    + "runs 409. Kept for " + properties.retention().toHours() + " hours, per caller."));
                }
            });
        };
    }
}
