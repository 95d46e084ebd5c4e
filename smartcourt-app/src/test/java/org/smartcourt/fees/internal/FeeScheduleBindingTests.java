package org.smartcourt.fees.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smartcourt.fees.FeeSchedule;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code smartcourt.fees.province.*} binds with defaults, and a value outside its legal range stops the start-up. */
class FeeScheduleBindingTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(FeesConfiguration.class);

	@Test
	void defaultsBind() {
		context.run(c -> assertThat(c.getBean(FeeSchedule.class)).isEqualTo(FeeSchedule.defaults()));
	}

	@Test
	void provincialChoicesBind() {
		context.withPropertyValues("smartcourt.fees.province.divorce=200", "smartcourt.fees.province.name=吉林省")
			.run(c -> assertThat(c.getBean(FeeSchedule.class).divorceFee().fen()).isEqualTo(20_000));
	}

	@Test
	void anAmountOutsideTheLegalRangeStopsTheStartUp() {
		context.withPropertyValues("smartcourt.fees.province.jurisdiction-objection=150")
			.run(c -> assertThat(c).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("jurisdiction-objection")
				.hasMessageContaining("第十三条第（六）项"));
	}
}
