package org.smartcourt.ledger.internal;

import org.smartcourt.ledger.core.TreeHasher;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The log's hasher, chosen by {@code smartcourt.ledger.hash} (RFC 9162 §2.1: the hash is a fixed log parameter). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerProperties.class)
class LedgerConfiguration {

	@Bean
	TreeHasher ledgerHasher(LedgerProperties properties) {
		return switch (properties.hash()) {
			case "SHA-256" -> TreeHasher.sha256();
			case "SM3" -> TreeHasher.sm3();
			default -> throw new IllegalStateException(
					"smartcourt.ledger.hash must be SHA-256 or SM3, not " + properties.hash());
		};
	}
}
