package org.smartcourt.bench.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Collectors;

import org.smartcourt.appraisal.EntrustmentStatus;
import org.smartcourt.appraisal.internal.AppraisalPeriod;
import org.smartcourt.appraisal.internal.Eligibility;
import org.smartcourt.appraisal.internal.RandomDraw;
import org.smartcourt.bench.data.Appealable.Party;
import org.smartcourt.deadlines.CourtCalendar;
import org.smartcourt.deadlines.Deadlines;

/**
 * The 委托鉴定 behind every appraisal period the generator excludes from a case's 审限 (民诉解释第二百四十三条):
 * {@code appraisal_entrustment} with its one {@code appraisal_assignment}, as the appraisal module keeps it. The
 * judge requests it some days after the material was cross-examined (证据规定第三十四条); an institution of the court's
 * roster qualified for the field is chosen by the parties' agreement or by the app's reproducible random draw
 * ({@link RandomDraw} among the candidates {@link Eligibility} admits, stored with its seed so the app can replay it,
 * 2002 规定第十条); the entrustment takes effect on the day the exclusion starts; the institution accepts within three
 * working days and the 鉴定期限 (the app's {@link AppraisalPeriod}: 30 working days, 60 for complex matters) runs from
 * then; the report arrives on the day the exclusion ends. When it comes after 30 working days the matter was complex
 * (60), or the institution asked in time for an extension the judge approved ({@code appraisal_extension}), or the
 * report is late and flagged, as the app's daily check would have flagged it. The 委托书 and
 * 鉴定意见书 are files the app stores and anchors when it makes them; none is generated, so their digests stay empty.
 */
final class AppraisalRows {

	/** Fields by words of the cause of action; the first that matches gives the choice. */
	private static final String[][] FIELDS = { { "交通事故", "traffic-accident,forensic-clinical" },
			{ "建设工程", "construction-cost,construction-cost,construction-quality" },
			{ "劳务者受害,人身损害,健康权,生命权,医疗", "forensic-clinical" }, { "借贷,借款,信用卡", "document" },
			{ "买卖,产品", "product-quality,price" }, { "离婚,继承,分家,共有", "asset-valuation" },
			{ "房屋,物业,租赁", "construction-quality,price" }, { "", "accounting,price,document" } };
	/** What the judge asks, by field: 鉴定事项, 范围, 目的 and the material (证据规定第三十二条). */
	private static final Map<String, String[]> TEXTS = Map.of(
			"traffic-accident", new String[] { "事故车辆碰撞时的行驶速度及车辆技术状况", "事故车辆及现场勘查资料", "查明事故发生经过及责任", "道路交通事故认定书、现场照片、事故车辆" },
			"forensic-clinical", new String[] { "原告的伤残等级及误工期、护理期、营养期", "原告的病历、影像资料及诊断证明", "确定人身损害赔偿数额", "住院病历、出院记录、影像资料、诊断证明书" },
			"construction-cost", new String[] { "涉案工程的造价", "施工合同约定范围内已完工程", "确定工程价款", "施工合同、施工图纸、签证单、结算资料" },
			"construction-quality", new String[] { "涉案房屋是否存在质量问题及修复费用", "涉案房屋的墙体、屋面及防水工程", "查明质量瑕疵及损失", "房屋买卖（租赁）合同、现场照片、维修记录" },
			"document", new String[] { "借条上“借款人”处的签名是否为被告本人书写", "借条原件及被告提供的样本字迹", "查明借贷关系是否成立", "借条原件、被告当庭书写的样本字迹" },
			"product-quality", new String[] { "涉案产品是否存在质量缺陷", "原告购买的涉案产品", "查明出卖人是否违约", "买卖合同、涉案产品、检验报告" },
			"price", new String[] { "涉案标的物在交付时的市场价格", "涉案标的物", "确定损失数额", "合同、发票及标的物照片" },
			"asset-valuation", new String[] { "夫妻共同财产（房产、车辆）的现值", "双方名下的房产、车辆", "确定财产分割数额", "不动产权证书、机动车登记证书" },
			"accounting", new String[] { "双方往来款项的收支及余额", "双方的账册、银行流水及记账凭证", "查明欠款数额", "账册、银行流水、记账凭证" });
	private static final Map<String, String> SIDES = Map.of("PLAINTIFF", "原告", "DEFENDANT", "被告", "THIRD_PARTY",
			"第三人");

	private final Tables tables;
	private final Deadlines deadlines;
	private final Rosters rosters;
	private final CourtCalendar calendar;
	private final LocalDate asOf;

	AppraisalRows(Tables tables, RecordSupport support, Rosters rosters, CourtCalendar calendar, LocalDate asOf) {
		this.tables = tables;
		this.deadlines = support.deadlines();
		this.rosters = rosters;
		this.calendar = calendar;
		this.asOf = asOf;
	}

	/**
	 * The entrustment of an appraisal period excluded from the case's 审限.
	 *
	 * @param from the first day of the period: the entrustment takes effect.
	 * @param until its last day as planned: the report arrives, whether or not that is after the as-of date.
	 * @param ended the end recorded on the exclusion, {@literal null} while the appraisal runs.
	 */
	void entrusted(CaseBasics c, UUID exclusionId, LocalDate from, LocalDate until, LocalDate ended) {
		SplittableRandom random = Seeds.of("appraisal", c.id());
		UUID id = Seeds.derived("appraisal entrustment", c.id());
		String field = field(random, c.causeName());
		String[] text = TEXTS.get(field);
		LocalDate requested = latest(c.registeredOn(), from.minusDays(2 + random.nextInt(8)));
		LocalDate examined = latest(c.registeredOn(), requested.minusDays(random.nextInt(7)));
		Eligibility.Split split = Eligibility.split(rosters.institutions(), field, from, Map.of());
		if (split.candidates().isEmpty()) {
			throw new IllegalStateException("no institution for " + field + " on the roster of " + c.court().id());
		}
		boolean drawn = random.nextInt(100) < 65;
		Instant assigned = CaseBasics.at(from, drawn ? 9 : 10, 30);
		UUID drawId = drawn ? Seeds.derived("appraisal draw", c.id()) : null;
		UUID chosen;
		if (drawn) {
			long seed = random.nextLong();
			RandomDraw.Result result = RandomDraw.draw(seed, split.candidates());
			chosen = result.chosen().id();
			String attendance = c.partiesOnly().stream().map(Party::side).distinct()
				.map(side -> SIDES.getOrDefault(side, "当事人") + "：未到场，视为放弃选择").collect(Collectors.joining("；"));
			tables.appraisalDraw.row(drawId, id, 1, seed, RandomDraw.ALGORITHM, RandomDraw.text(result.candidates()),
					result.fingerprint(), Eligibility.text(split.excluded()), chosen, attendance, CaseChunk.GENERATOR,
					assigned);
		}
		else {
			chosen = split.candidates().get(random.nextInt(split.candidates().size())).id();
		}
		LocalDate accepted = calendar.plusWorkingDays(from, random.nextInt(3));
		boolean accepting = !accepted.isAfter(asOf);
		LocalDate ordinary = due(false, accepted, null);
		// a report after 30 working days: a complex matter (60), an extension the judge approved, or simply late
		int p = random.nextInt(100);
		boolean complex = until.isAfter(ordinary) && p < 40;
		UUID extension = null;
		LocalDate asked = ordinary.minusDays(3 + random.nextInt(5));
		LocalDate decided = asked.plusDays(1 + random.nextInt(3));
		LocalDate extendedTo = until.plusDays(random.nextInt(10));
		if (until.isAfter(ordinary) && !complex && p < 75 && asked.isAfter(accepted) && !asked.isAfter(asOf)) {
			extension = Seeds.derived("appraisal extension", c.id());
		}
		boolean approved = extension != null && !decided.isAfter(asOf);
		LocalDate due = complex ? due(true, accepted, null)
				: approved ? due(false, accepted, new AppraisalPeriod.Extension(decided, extendedTo)) : ordinary;
		boolean late = ended != null ? ended.isAfter(due) : accepting && asOf.isAfter(due);
		EntrustmentStatus status = ended != null ? EntrustmentStatus.REPORTED
				: accepting ? EntrustmentStatus.IN_PROGRESS : EntrustmentStatus.ENTRUSTED;
		BigDecimal fee = BigDecimal.valueOf(fee(random, field)).setScale(2);
		String payer = c.first(random.nextInt(100) < 75 ? "PLAINTIFF" : "DEFENDANT").name();
		UUID assignment = Seeds.derived("appraisal assignment", c.id());

		tables.entrustment.row(id, c.id(), c.court().id(), c.caseNumber(), text[0], text[1], text[2], field, complex,
				text[3], examined, c.judge(), CaseBasics.at(requested, 10, random.nextInt(60)), status.name(),
				drawn ? assigned : null, assignment, exclusionId);
		tables.appraisalAssignment.row(assignment, id, 1, chosen, drawn ? "DRAWN" : "AGREED", drawId, assigned,
				accepting ? accepted : null, accepting ? CaseBasics.at(accepted, 14, 0) : null, accepting ? due : null,
				ended, ended != null ? "REPORTED" : "ACTIVE", late ? CaseBasics.at(due.plusDays(1), 2, 0) : null,
				accepting ? fee : null, accepting ? fee : null, accepting ? payer : null);
		if (extension != null) {
			tables.appraisalExtension.row(extension, assignment, "鉴定事项涉及的检材较多，需进行补充检验，申请延长鉴定期限",
					extendedTo, asked, approved ? "APPROVED" : null, approved ? extendedTo : null,
					approved ? c.judge() : null, approved ? decided : null);
		}
	}

	private LocalDate due(boolean complex, LocalDate accepted, AppraisalPeriod.Extension extension) {
		return AppraisalPeriod.compute(deadlines, complex, accepted, List.of(), extension, accepted).due();
	}

	private static String field(SplittableRandom random, String cause) {
		for (String[] f : FIELDS) {
			if (f[0].isEmpty() || cause != null && List.of(f[0].split(",")).stream().anyMatch(cause::contains)) {
				String[] fields = f[1].split(",");
				return fields[random.nextInt(fields.length)];
			}
		}
		throw new IllegalStateException("no field");
	}

	/** 鉴定费 in yuan, roughly as institutions quote by field. */
	private static long fee(SplittableRandom random, String field) {
		return switch (field) {
			case "construction-cost", "construction-quality" -> 15_000 + random.nextInt(90_000);
			case "accounting", "asset-valuation" -> 8_000 + random.nextInt(40_000);
			case "product-quality" -> 5_000 + random.nextInt(15_000);
			default -> 2_000 + random.nextInt(6_000);
		};
	}

	private static LocalDate latest(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}
}
