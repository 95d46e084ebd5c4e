package org.smartcourt.fees.internal;

import org.smartcourt.fees.FeeSchedule;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the province's {@link FeeSchedule}; an amount outside its legal range stops the start-up. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeeSchedule.class)
class FeesConfiguration {
}
