package org.inclusio.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI inclusioOpenApi(ObjectProvider<BuildProperties> build) {
        String version = build.getIfAvailable() == null ? "development" : build.getIfAvailable().getVersion();
        return new OpenAPI().info(new Info()
                .title("Inclusio API")
                .version(version)
                .description("Case management and practice evaluation for organisations that support migrants and refugees."));
    }

    /** 412 and 428 on each operation that takes {@code If-Match} ({@link ETags}), documented once. */
    @Bean
    OpenApiCustomizer ifMatchAnswers() {
        return openApi -> {
            if (openApi.getPaths() != null) {
                openApi.getPaths().values().forEach(OpenApiConfiguration::documentIfMatchAnswers);
            }
        };
    }

    private static void documentIfMatchAnswers(PathItem item) {
        item.readOperations().stream().filter(OpenApiConfiguration::takesIfMatch).forEach(operation ->
                operation.getResponses()
                        .addApiResponse("412", new ApiResponse().description(
                                "If-Match names a version that is no longer the current one"))
                        .addApiResponse("428", new ApiResponse().description("If-Match is missing")));
    }

    private static boolean takesIfMatch(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "header".equals(parameter.getIn())
                        && HttpHeaders.IF_MATCH.equalsIgnoreCase(parameter.getName()));
    }
}
