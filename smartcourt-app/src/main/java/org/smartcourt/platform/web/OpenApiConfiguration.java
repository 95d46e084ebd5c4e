package org.smartcourt.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at {@code /v3/api-docs}: bearer authentication, Problem Details errors. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI smartCourtOpenApi() {
		return new OpenAPI()
			.info(new Info().title("SmartCourt 智慧法院一体化平台 API")
				.version("v1")
				.description("先以 POST /api/v1/auth/token 换取令牌，再以 Authorization: Bearer 调用其他接口。"
						+ "错误一律为 RFC 9457 Problem Details（application/problem+json）。"))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}
}
