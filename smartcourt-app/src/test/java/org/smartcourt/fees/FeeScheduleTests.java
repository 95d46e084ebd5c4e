package org.smartcourt.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The provincial choices must lie inside the ranges of 《诉讼费用交纳办法》第十三条、第十四条. */
class FeeScheduleTests {

	@Test
	void defaultsAreTheLowerBounds() {
		FeeSchedule schedule = FeeSchedule.defaults();
		assertThat(schedule.choices()).allMatch(FeeSchedule.Choice::inRange)
			.allMatch(c -> c.amount().equals(c.min()));
	}

	@Test
	void refusesAnAmountOutsideTheLegalRange() {
		assertThatThrownBy(() -> new FeeSchedule("吉林省", new BigDecimal("301"), new BigDecimal("100"),
				new BigDecimal("50"), new BigDecimal("500"), new BigDecimal("50"), new BigDecimal("50")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("divorce")
			.hasMessageContaining("第十三条第（二）项第1目");
		assertThatThrownBy(() -> new FeeSchedule("吉林省", new BigDecimal("50"), new BigDecimal("100"),
				new BigDecimal("49.99"), new BigDecimal("500"), new BigDecimal("50"), new BigDecimal("50")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void moneyIsWholeFen() {
		assertThat(Money.parseYuan("100000.5")).isEqualTo(Money.ofFen(10_000_050));
		assertThatThrownBy(() -> Money.parseYuan("1.001")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Money.parseYuan("-1")).isInstanceOf(IllegalArgumentException.class);
		assertThat(Money.roundedHalfUp(new BigDecimal("0.005"))).isEqualTo(Money.ofFen(1));
		assertThat(Money.roundedHalfUp(new BigDecimal("0.0049999"))).isEqualTo(Money.ZERO);
	}
}
