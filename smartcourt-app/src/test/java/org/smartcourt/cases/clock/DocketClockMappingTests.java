package org.smartcourt.cases.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseNumber;
import org.smartcourt.cases.DocketEntry;
import org.smartcourt.cases.DocketEntryType;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.cases.internal.clock.ClockInput;
import org.smartcourt.cases.internal.clock.ClockRuleTable;
import org.smartcourt.cases.internal.clock.DocketClockMapping;
import org.smartcourt.deadlines.ClockEvent;
import org.smartcourt.deadlines.PeriodUnit;
import org.smartcourt.deadlines.RuleId;
import org.smartcourt.shared.CourtId;

/** A docket read as the dated facts of the case's 审限. */
class DocketClockMappingTests {

	private static final LocalDate REGISTERED = LocalDate.of(2026, 3, 2);

	private final DocketClockMapping mapping = new DocketClockMapping(ClockRuleTable.bundled());
	private final CaseId id = new CaseId(UUID.randomUUID());
	private final List<DocketEntry> docket = new ArrayList<>();

	private RegisteredCase civil(String typeCode, Procedure procedure) {
		return new RegisteredCase(id, null, new CourtId("220104"), "0301", typeCode, procedure, "9.20.1", null,
				REGISTERED, "张三诉李四");
	}

	private void entry(DocketEntryType type, LocalDate on, Map<String, String> details) {
		docket.add(new DocketEntry(UUID.randomUUID(), id, docket.size() + 1, type, on, Instant.now(), Audience.PARTIES,
				type.name(), details, "judge-0104"));
	}

	private ClockInput map(Procedure procedure) {
		return mapping.map(civil("民初", procedure), docket).orElseThrow();
	}

	@Test
	void registrationStartsTheClockUnderTheProcedureAtRegistration() {
		entry(DocketEntryType.REGISTERED, REGISTERED, Map.of("procedure", "SIMPLIFIED"));
		entry(DocketEntryType.ASSIGNED, REGISTERED.plusDays(1), Map.of());
		// the registration record may already carry the later procedure; the docket's registration entry decides
		ClockInput input = map(Procedure.ORDINARY);
		assertThat(input.rule()).isEqualTo(RuleId.of("civil-first-simple"));
		assertThat(input.start()).isEqualTo(REGISTERED);
		assertThat(input.events()).isEmpty();
	}

	@Test
	void simpleToOrdinaryKeepsTheStartAndAnUnknownProcedureChangesNothing() {
		entry(DocketEntryType.REGISTERED, REGISTERED, Map.of("procedure", "SIMPLIFIED"));
		entry(DocketEntryType.PROCEDURE_CHANGED, LocalDate.of(2026, 4, 10), Map.of("from", "SIMPLIFIED", "to", "ORDINARY"));
		entry(DocketEntryType.PROCEDURE_CHANGED, LocalDate.of(2026, 4, 11), Map.of("from", "ORDINARY", "to", "RETRIAL"));
		ClockInput input = map(Procedure.SIMPLIFIED);
		assertThat(input.events()).singleElement().isEqualTo(new ClockEvent.RuleChanged(LocalDate.of(2026, 4, 10),
				RuleId.of("civil-first-ordinary"), true, "PROCEDURE_CHANGED"));
	}

	@Test
	void exclusionsArePairedByIdAndAnOpenOneStaysOpen() {
		entry(DocketEntryType.REGISTERED, REGISTERED, Map.of("procedure", "ORDINARY"));
		String appraisal = UUID.randomUUID().toString();
		String notice = UUID.randomUUID().toString();
		entry(DocketEntryType.EXCLUSION_STARTED, LocalDate.of(2026, 4, 1),
				Map.of("exclusionId", appraisal, "kind", "鉴定", "citation", "民诉解释第二百四十三条"));
		entry(DocketEntryType.EXCLUSION_STARTED, LocalDate.of(2026, 5, 1),
				Map.of("exclusionId", notice, "kind", "公告", "citation", ""));
		entry(DocketEntryType.EXCLUSION_ENDED, LocalDate.of(2026, 4, 20), Map.of("exclusionId", appraisal));
		ClockInput input = map(Procedure.ORDINARY);
		assertThat(input.events()).hasSize(2);
		assertThat(input.events().get(0)).isEqualTo(new ClockEvent.Excluded(LocalDate.of(2026, 4, 1),
				LocalDate.of(2026, 4, 20), "鉴定期间", "民诉解释第二百四十三条"));
		ClockEvent.Excluded open = (ClockEvent.Excluded) input.events().get(1);
		assertThat(open.to()).isNull();
		assertThat(open.citation()).as("the kind's own article when none is given").contains("第二百四十三条");
	}

	@Test
	void suspensionIsExcludedUpToTheDayBeforeResumption() {
		entry(DocketEntryType.REGISTERED, REGISTERED, Map.of("procedure", "ORDINARY"));
		String first = UUID.randomUUID().toString();
		String sameDay = UUID.randomUUID().toString();
		entry(DocketEntryType.SUSPENDED, LocalDate.of(2026, 4, 1),
				Map.of("exclusionId", first, "kind", "中止", "citation", "民事诉讼法第一百五十三条"));
		entry(DocketEntryType.RESUMED, LocalDate.of(2026, 4, 11), Map.of("exclusionId", first));
		entry(DocketEntryType.SUSPENDED, LocalDate.of(2026, 5, 1), Map.of("exclusionId", sameDay, "kind", "中止"));
		entry(DocketEntryType.RESUMED, LocalDate.of(2026, 5, 1), Map.of("exclusionId", sameDay));
		ClockInput input = map(Procedure.ORDINARY);
		assertThat(input.events()).singleElement().isEqualTo(new ClockEvent.Excluded(LocalDate.of(2026, 4, 1),
				LocalDate.of(2026, 4, 10), "中止期间", "民事诉讼法第一百五十三条"));
	}

	@Test
	void extensionsAndRestartsAreReadFromTheirDetails() {
		entry(DocketEntryType.REGISTERED, REGISTERED, Map.of("procedure", "ORDINARY"));
		entry(DocketEntryType.EXTENSION_REQUESTED, LocalDate.of(2026, 8, 1), Map.of("length", "6", "unit", "MONTHS"));
		entry(DocketEntryType.EXTENSION_APPROVED, LocalDate.of(2026, 8, 10),
				Map.of("length", "6", "unit", "MONTHS", "approver", "本院院长", "citation", "民事诉讼法第一百五十二条"));
		entry(DocketEntryType.EXTENSION_REFUSED, LocalDate.of(2026, 9, 1), Map.of());
		entry(DocketEntryType.PERIOD_RESTARTED, LocalDate.of(2026, 10, 1),
				Map.of("rule", "civil-first-ordinary", "citation", "改变管辖"));
		ClockInput input = map(Procedure.ORDINARY);
		assertThat(input.events()).containsExactly(
				new ClockEvent.Extended(LocalDate.of(2026, 8, 10), 6, PeriodUnit.MONTHS, "本院院长", "民事诉讼法第一百五十二条"),
				new ClockEvent.Restarted(LocalDate.of(2026, 10, 1), RuleId.of("civil-first-ordinary"),
						"PERIOD_RESTARTED", "改变管辖"));
		assertThat(input.extensionsCounted()).as("a restart counts extensions afresh").isZero();
	}

	@Test
	void aCaseWithoutARuleHasNoClock() {
		entry(DocketEntryType.REGISTERED, REGISTERED, Map.of("procedure", "OTHER"));
		assertThat(mapping.map(civil("民辖", Procedure.OTHER), docket)).isEmpty();
	}
}
