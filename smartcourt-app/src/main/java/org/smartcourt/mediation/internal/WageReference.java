package org.smartcourt.mediation.internal;

import java.math.BigDecimal;

import org.smartcourt.shared.ReferenceFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/** Reads the wage table at start-up (a wrong file stops the start, naming the line) and builds the router. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RouterSettings.class)
class WageReference {

	static final String COLUMNS = "province,year,amount,source,confidence,note";

	@Bean
	AverageWages averageWages(
			@Value("${smartcourt.mediation.wage-file:classpath:reference/mediation/average-wage.csv}") Resource file) {
		ReferenceFile table = ReferenceFile.read(file, COLUMNS);
		return new AverageWages(table.rows()
			.stream()
			.map(r -> new WageFigure(r.get(0), Integer.parseInt(r.get(1)), new BigDecimal(r.get(2)), r.get(3),
					"VERIFIED".equals(r.get(4)), r.optional(5)))
			.toList());
	}

	@Bean
	Router router(RouterSettings settings, AverageWages wages) {
		return new Router(settings, wages);
	}
}
