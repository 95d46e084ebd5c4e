package org.smartcourt.accounts.internal;

import java.time.Clock;

import org.smartcourt.accounts.PasswordPolicy;
import org.smartcourt.shared.SmartCourtMode;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Production mode: seeds nothing but, on an empty installation, the first IT admin ({@code admin}, 吉林省高级人民法院
 * 技术处) with the password the operator set in {@code SMARTCOURT_ADMIN_PASSWORD}. Without one it refuses to start.
 */
@Component
@Order(5)
class ProductionAdmin implements ApplicationRunner {

	static final CourtId HIGH_COURT = new CourtId("220000");

	private final SmartCourtMode mode;
	private final UserAccountRepository accounts;
	private final PasswordEncoder encoder;
	private final Clock clock;
	private final String initialPassword;

	ProductionAdmin(SmartCourtMode mode, UserAccountRepository accounts, PasswordEncoder encoder, Clock clock,
			@Value("${smartcourt.security.initial-admin-password:}") String initialPassword) {
		this.mode = mode;
		this.accounts = accounts;
		this.encoder = encoder;
		this.clock = clock;
		this.initialPassword = initialPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (mode != SmartCourtMode.PRODUCTION || accounts.count() > 0) {
			return;
		}
		if (initialPassword == null || initialPassword.isBlank()) {
			throw new IllegalStateException(
					"生产模式首次启动必须设置 SMARTCOURT_ADMIN_PASSWORD（初始管理员口令）。"
							+ " Production mode needs SMARTCOURT_ADMIN_PASSWORD for the first IT admin.");
		}
		PasswordPolicy.violation(initialPassword).ifPresent(violation -> {
			throw new IllegalStateException("SMARTCOURT_ADMIN_PASSWORD 不符合口令策略（至少 8 位，含大写、小写、数字、符号中的三类）。"
					+ " The initial admin password breaks the policy: " + violation);
		});
		accounts.insert(UserAccount.open("admin", encoder.encode(initialPassword), "系统管理员", Role.IT_ADMIN,
				HIGH_COURT, null, clock.instant()));
	}
}
