package org.smartcourt.accounts;

import org.smartcourt.shared.SmartCourtMode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcourt.SmartCourtApplication;
import org.smartcourt.ledger.core.note.Ed25519NoteSigner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Production mode seeds nothing and will not start on an empty database without an operator-set admin password. */
class ProductionModeTests {

	/** Starts the application as an operator would, with command-line settings (they beat application.yml). */
	private static ConfigurableApplicationContext production(String dataDir, Map<String, String> extra) {
		java.util.List<String> args = new java.util.ArrayList<>(List.of("--smartcourt.mode=production",
				"--smartcourt.db.embedded.data-directory=" + dataDir, "--smartcourt.db.embedded.clean=true",
				"--server.port=0", "--smartcourt.ledger.checkpoint.key-directory=target/ledger-production-" + dataDir.hashCode()));
		if (!extra.containsKey("smartcourt.ledger.checkpoint.signing-key")) {
			args.add("--smartcourt.ledger.checkpoint.signing-key="
					+ Ed25519NoteSigner.generate("demo.smartcourt.local/ledger").signerKey().encoded());
		}
		extra.forEach((key, value) -> args.add("--" + key + "=" + value));
		return new SpringApplicationBuilder(SmartCourtApplication.class).web(WebApplicationType.SERVLET)
			.run(args.toArray(String[]::new));
	}

	@Test
	void refusesToStartWithoutTheInitialAdminPassword() {
		assertThatIllegalStateException()
			.isThrownBy(() -> production("target/pg-production-1", Map.of()).close())
			.withMessageContaining("SMARTCOURT_ADMIN_PASSWORD");
	}

	@Test
	void refusesAWeakInitialAdminPassword() {
		assertThatIllegalStateException()
			.isThrownBy(() -> production("target/pg-production-2",
					Map.of("smartcourt.security.initial-admin-password", "password")).close())
			.withMessageContaining("口令策略");
	}

	@Test
	void refusesToStartWithoutTheLedgerKey() {
		assertThatThrownBy(() -> production("target/pg-production-4", Map.of("smartcourt.security.initial-admin-password",
				"Strong#Admin2026", "smartcourt.ledger.checkpoint.signing-key", "")).close())
			.rootCause()
			.hasMessageContaining("证据链日志签名密钥");
	}

	@Test
	void seedsOnlyTheFirstAdmin() {
		try (ConfigurableApplicationContext context = production("target/pg-production-3",
				Map.of("smartcourt.security.initial-admin-password", "Strong#Admin2026"))) {
			List<String> usernames = context.getBean(JdbcClient.class)
				.sql("select username || ':' || role || ':' || court_id from user_account")
				.query(String.class)
				.list();
			assertThat(usernames).containsExactly("admin:IT_ADMIN:220000");
			assertThat(context.getBean(SmartCourtMode.class)).isEqualTo(SmartCourtMode.PRODUCTION);
		}
	}
}
