package org.smartcourt.accounts.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.smartcourt.shared.SmartCourtMode;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.server.ResponseStatusException;

class SmsOutboxPageControllerTests {

	@Test
	void doesNotExistInProductionMode() {
		assertThatThrownBy(() -> new SmsOutboxPageController(SmartCourtMode.PRODUCTION, null)
			.outbox(new ExtendedModelMap())).isInstanceOfSatisfying(ResponseStatusException.class,
					ex -> org.assertj.core.api.Assertions.assertThat(ex.getStatusCode().value()).isEqualTo(404));
	}
}
