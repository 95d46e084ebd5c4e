package org.smartcourt.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link Clock} of the system, in the courts' zone. Tests replace it. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	/** 法院所在时区. */
	static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(COURT_ZONE);
	}
}
