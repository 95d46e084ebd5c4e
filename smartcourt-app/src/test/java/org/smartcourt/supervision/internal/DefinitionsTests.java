package org.smartcourt.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Indicator definitions are data; a definition that could show a wrong number, or run code, stops the start-up. */
class DefinitionsTests {

	private static String file(String measureFilter, String formula) {
		return """
				{"version": "t", "sources": [], "excludedTypes": ["执保"],
				 "measures": [
				   {"id": "closed", "name": "已结", "basis": "CLOSED", "filter": "%s", "explain": "x"},
				   {"id": "pending", "name": "未结", "basis": "PENDING", "filter": "true", "explain": "x"}],
				 "indicators": [{"id": "i", "name": "指标", "group": "g", "formula": "%s", "unit": "PERCENT"}]}
				""".formatted(measureFilter, formula);
	}

	@Test
	void theShippedDefinitionsLoad() {
		Definitions d = Facts.shipped();
		assertThat(d.indicators()).extracting(Indicator::name)
			.contains("结案率", "结收比", "法定审限内结案率", "法定正常审限内结案率", "平均审理天数", "超12个月未结案件比",
					"一审服判息诉率", "上诉率", "调解率", "调撤率", "简易程序适用率", "小额诉讼程序适用率", "延长审限率",
					"人均结案数", "均衡结案进度");
		assertThat(d.excludedTypes()).contains("诉前调确", "诉前调书", "执保", "执恢");
		assertThat(d.indicator("closure-rate").orElseThrow().terms()).extracting(Indicator.Term::variable)
			.containsExactly("m_closed_period", "m_pending_start", "m_received_period");
	}

	@Test
	void aNewIndicatorIsData() {
		Definitions d = Facts.of(file("!#excluded.contains(typeCode)", "closed / (pending@start + closed)"));
		assertThat(d.indicator("i").orElseThrow().terms()).hasSize(2);
	}

	@Test
	void anUnknownMeasureIsRefused() {
		assertThatThrownBy(() -> Facts.of(file("true", "closed / received")))
			.hasMessageContaining("unknown measure received");
	}

	@Test
	void aFlowIsNotReadAtAPointInTime() {
		assertThatThrownBy(() -> Facts.of(file("true", "closed@start / pending")))
			.hasMessageContaining("flow closed at a point in time");
	}

	@Test
	void aConditionMayNotReachOutsideTheFacts() {
		assertThatThrownBy(() -> Facts.of(file("T(java.lang.Runtime).getRuntime() != null", "closed")))
			.hasMessageContaining("may only read the case's facts");
		assertThatThrownBy(() -> Facts.of(file("typeCode.getClass() != null", "closed")))
			.hasMessageContaining("may only read the case's facts");
	}
}
