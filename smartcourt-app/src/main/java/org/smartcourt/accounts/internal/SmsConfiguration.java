package org.smartcourt.accounts.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import org.smartcourt.accounts.SmsGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Chooses the {@link SmsGateway} by {@code smartcourt.sms.gateway}: {@code outbox} (default) or {@code http}
 * (settings under {@code smartcourt.sms.http.*}). The outbox table is always readable, for the development page.
 */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

	@Bean
	SmsOutbox smsOutbox(JdbcClient jdbc, Clock clock) {
		return new SmsOutbox(jdbc, clock);
	}

	@Bean
	@ConditionalOnProperty(name = "smartcourt.sms.gateway", havingValue = "http")
	SmsGateway httpSmsGateway(@Value("${smartcourt.sms.http.url}") URI url,
			@Value("${smartcourt.sms.http.api-key-header:X-Api-Key}") String apiKeyHeader,
			@Value("${smartcourt.sms.http.api-key}") String apiKey,
			@Value("${smartcourt.sms.http.template-id:}") String templateId,
			@Value("${smartcourt.sms.http.connect-timeout:3s}") Duration connectTimeout,
			@Value("${smartcourt.sms.http.request-timeout:5s}") Duration requestTimeout) {
		if (url.getScheme() == null || apiKey.isBlank()) {
			throw new IllegalStateException("smartcourt.sms.gateway=http 需要配置短信平台地址和密钥"
					+ " (SMARTCOURT_SMS_URL, SMARTCOURT_SMS_API_KEY)");
		}
		return new HttpSmsGateway(
				new HttpSmsGateway.Settings(url, apiKeyHeader, apiKey, templateId, connectTimeout, requestTimeout));
	}

	@Bean
	@ConditionalOnProperty(name = "smartcourt.sms.gateway", havingValue = "outbox", matchIfMissing = true)
	SmsGateway outboxSmsGateway(SmsOutbox outbox) {
		return new OutboxSmsGateway(outbox);
	}
}
