package org.smartcourt.cases.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.internal.clock.ClockRuleTable;
import org.smartcourt.deadlines.RuleId;

/** Which 审限 rule a case runs under, from its 类型代字 or 案件类型代码 and procedure. */
class ClockRuleTableTests {

	private final ClockRuleTable bundled = ClockRuleTable.bundled();

	@Test
	void civilFirstInstanceDependsOnTheProcedure() {
		assertThat(bundled.select("民初", "0301", Procedure.SIMPLIFIED)).contains(RuleId.of("civil-first-simple"));
		assertThat(bundled.select("民初", "0301", Procedure.ORDINARY)).contains(RuleId.of("civil-first-ordinary"));
		assertThat(bundled.select("民初", "0301", Procedure.SMALL_CLAIMS)).contains(RuleId.of("civil-small-claims"));
	}

	@Test
	void appealsAdministrativeCriminalAndEnforcementCases() {
		assertThat(bundled.select("民终", "0302", Procedure.SECOND_INSTANCE)).contains(RuleId.of("civil-second-judgment"));
		assertThat(bundled.select("行初", "0401", Procedure.ORDINARY)).contains(RuleId.of("administrative-first"));
		assertThat(bundled.select("行终", "0402", Procedure.SECOND_INSTANCE)).contains(RuleId.of("administrative-second"));
		assertThat(bundled.select("刑初", "0201", Procedure.ORDINARY)).contains(RuleId.of("criminal-first"));
		assertThat(bundled.select("刑终", "0202", Procedure.SECOND_INSTANCE)).contains(RuleId.of("criminal-second"));
		assertThat(bundled.select("执", "1002", Procedure.ENFORCEMENT)).contains(RuleId.of("enforcement"));
		assertThat(bundled.select("执", "1002", Procedure.NON_LITIGATION_ENFORCEMENT))
			.contains(RuleId.of("enforcement-non-litigation"));
		assertThat(bundled.select("执恢", "1003", Procedure.ENFORCEMENT)).contains(RuleId.of("enforcement"));
	}

	@Test
	void noRowMeansNoClock() {
		assertThat(bundled.select("民初", "0301", Procedure.RETRIAL)).isEmpty();
		assertThat(bundled.select("民辖", "0105", Procedure.OTHER)).isEmpty();
		assertThat(bundled.select(null, null, Procedure.ORDINARY)).isEmpty();
	}

	@Test
	void theMostSpecificRowWinsAndCategoryCodesWork() {
		ClockRuleTable table = ClockRuleTable.parse(List.of("# version: t.1", "key,procedure,rule,note",
				"0301,*,by-category,", "民初,*,by-type,", "民初,ORDINARY,by-type-and-procedure,",
				"0999,SPECIAL,category-and-procedure,"));
		assertThat(table.version()).isEqualTo("t.1");
		assertThat(table.select("民初", "0301", Procedure.ORDINARY)).contains(RuleId.of("by-type-and-procedure"));
		assertThat(table.select("民初", "0301", Procedure.SIMPLIFIED)).contains(RuleId.of("by-type"));
		assertThat(table.select("民x", "0301", Procedure.SIMPLIFIED)).contains(RuleId.of("by-category"));
		assertThat(table.select("民x", "0999", Procedure.SPECIAL)).contains(RuleId.of("category-and-procedure"));
	}

	@Test
	void aMalformedRowIsRefused() {
		assertThatThrownBy(() -> ClockRuleTable.parse(List.of("key,procedure,rule", "民初,ORDINARY")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ClockRuleTable.parse(List.of("key,procedure,rule", "民初,NOPE,x")))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
