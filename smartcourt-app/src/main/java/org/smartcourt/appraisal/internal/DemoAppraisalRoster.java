package org.smartcourt.appraisal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.SmartCourtMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: a roster for 长春市中级人民法院 (220100), whose 司法技术辅助室 is the demo user {@code appraisal}.
 * 长春正衡司法鉴定中心 is linked to the portal account {@code appraisal-institution}. One entry has an expired licence,
 * one failed its annual review and one was removed, so the roster shows why they cannot be drawn. Seeds nothing when
 * the court has a roster already.
 */
@Component
@Order(60)
class DemoAppraisalRoster implements ApplicationRunner {

	static final CourtId COURT = new CourtId("220100");

	private record Demo(String name, String licence, int validYears, String account, boolean reviewPassed,
			boolean removed, Set<String> fields, String appraiser) {
	}

	private static final List<Demo> DEMO = List.of(
			new Demo("长春正衡司法鉴定中心", "220112000001", 3, "appraisal-institution", true, false,
					Set.of("forensic-clinical", "construction-cost", "document", "price"), "周正衡"),
			new Demo("吉林公正司法鉴定中心", "220112000002", 2, null, true, false,
					Set.of("forensic-clinical", "forensic-pathology", "forensic-biology"), "林公正"),
			new Demo("吉林大学司法鉴定中心", "220112000003", 4, null, true, false,
					Set.of("forensic-clinical", "forensic-psychiatry", "forensic-toxicology", "electronic-data"), "孙明远"),
			new Demo("长春中天工程造价咨询有限公司", "220112000004", 2, null, true, false,
					Set.of("construction-cost", "construction-quality"), "王建中"),
			new Demo("吉林华信资产评估有限公司", "220112000005", 2, null, true, false,
					Set.of("asset-valuation", "price", "accounting"), "赵华信"),
			new Demo("长春明鉴文书司法鉴定所", "220112000006", 1, null, true, false,
					Set.of("document", "trace", "audio-visual"), "钱明鉴"),
			new Demo("吉林德信会计师事务所", "220112000007", -1, null, true, false, Set.of("accounting", "asset-valuation"),
					"李德信"),
			new Demo("长春恒通交通事故鉴定所", "220112000008", 2, null, false, false, Set.of("traffic-accident",
					"forensic-clinical"), "郑恒通"),
			new Demo("吉林正源工程质量检测中心", "220112000009", 2, null, true, true,
					Set.of("construction-quality", "construction-cost", "product-quality"), "吴正源"));

	private final SmartCourtMode mode;
	private final RosterRepository roster;
	private final Clock clock;

	DemoAppraisalRoster(SmartCourtMode mode, RosterRepository roster, Clock clock) {
		this.mode = mode;
		this.roster = roster;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (mode != SmartCourtMode.DEMO || !roster.ofCourt(COURT).isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		for (Demo d : DEMO) {
			UUID id = UUID.randomUUID();
			LocalDate validUntil = d.validYears() < 0 ? today.minusMonths(2) : today.plusYears(d.validYears());
			roster.insert(new Institution(id, COURT, d.name(), d.licence(), validUntil, "0431-8" + d.licence().substring(8),
					d.account(), null, null, d.fields(), Map.of(), List.of()), clock.instant());
			roster.saveReview(id, new Institution.AnnualReview(today.getYear() - 1, true, "年度审核合格"), clock.instant());
			roster.saveReview(id, new Institution.AnnualReview(today.getYear(), d.reviewPassed(),
					d.reviewPassed() ? "年度审核合格" : "年度审核不合格：鉴定意见书多次被法院认定存在重大缺陷"), clock.instant());
			d.fields().forEach(f -> roster.addAppraiser(id, new Institution.Appraiser(UUID.randomUUID(), d.appraiser(),
					"2201" + d.licence().substring(8) + Math.abs(f.hashCode() % 1000), f)));
			if (d.removed()) {
				roster.setRemoved(id, today.minusMonths(1), "出具虚假鉴定意见，经查证属实（2002 规定第十六条）");
				roster.addEvent(id, "REMOVED", today.minusMonths(1), "出具虚假鉴定意见，经查证属实（2002 规定第十六条）",
						"appraisal", clock.instant());
			}
		}
		roster.addConflict(
				roster.ofCourt(COURT).stream().filter(i -> i.name().equals("吉林公正司法鉴定中心")).findFirst().orElseThrow()
					.id(),
				"李四", "鉴定人林公正系李四的表兄", clock.instant());
	}
}
