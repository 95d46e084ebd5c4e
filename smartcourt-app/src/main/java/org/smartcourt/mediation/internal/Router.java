package org.smartcourt.mediation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.smartcourt.mediation.RoutingInput;
import org.smartcourt.mediation.RoutingReason;
import org.smartcourt.mediation.RoutingSuggestion;
import org.smartcourt.mediation.Track;

/**
 * 繁简分流: suggests a track for a civil dispute and says why, each reason with its rule. A person decides.
 * <ul>
 * <li>诉前调解 for causes on the court's list (本院配置) while not yet filed, unless a party refused;</li>
 * <li>小额诉讼 when the claim is at most 50% of the province's wage of the year before the filing and no exclusion of
 * 民诉法 art. 166 applies (art. 165 para 1);</li>
 * <li>简易程序 up to twice that wage (2019 延长审限规定 art. 4 para 2), with the note that the parties may agree to small
 * claims above 50% (民诉法 art. 165 para 2);</li>
 * <li>普通程序 otherwise, and where simple procedure cannot apply (公告送达 for a party whose whereabouts are unknown,
 * 2019 规定 art. 4 para 4) or the court's factors say the case is not simple (涉外, many parties).</li>
 * </ul>
 */
public class Router {

	static final String ART_165_1 = "《中华人民共和国民事诉讼法》第一百六十五条第一款";
	static final String ART_165_2 = "《中华人民共和国民事诉讼法》第一百六十五条第二款";
	static final String ART_166 = "《中华人民共和国民事诉讼法》第一百六十六条";
	static final String RULE_2019_4_2 = "《最高人民法院关于严格规范民商事案件延长审限和延期开庭问题的规定》第四条第二款";
	static final String RULE_2019_4_4 = "《最高人民法院关于严格规范民商事案件延长审限和延期开庭问题的规定》第四条第四款";
	static final String MEDIATION_RULE = "《人民法院在线调解规则》第十条、第二十四条（本院配置的诉前调解适宜类型）";
	static final String COURT_SETTING = "本院繁简分流配置";

	private final RouterSettings settings;
	private final AverageWages wages;

	public Router(RouterSettings settings, AverageWages wages) {
		this.settings = settings;
		this.wages = wages;
	}

	public RoutingSuggestion route(RoutingInput in) {
		List<RoutingReason> reasons = new ArrayList<>();
		int wageYear = in.filedOn().getYear() - 1;
		Optional<WageFigure> wage = in.claimFen() == null ? Optional.empty()
				: wages.forYear(settings.getProvince(), wageYear);
		String wageNote = wage.map(w -> wageNote(w, wageYear)).orElse(null);
		Track procedure = procedure(in, wage, reasons);
		if (in.beforeFiling() && suitableForMediation(in)) {
			if (in.mediationRefused()) {
				reasons.add(0, new RoutingReason("案由 " + causeName(in) + " 列入诉前调解适宜类型，但当事人不同意调解",
						"《人民法院在线调解规则》第四条（自愿原则）"));
			}
			else {
				reasons.add(0, new RoutingReason("案由 " + causeName(in) + " 列入诉前调解适宜类型（本院配置）"
						+ "；调解不成的，建议按" + label(procedure) + "登记立案", MEDIATION_RULE));
				return new RoutingSuggestion(Track.PRE_SUIT_MEDIATION, procedure, reasons, wageNote,
						wage.map(w -> !w.verified()).orElse(false));
			}
		}
		return new RoutingSuggestion(procedure, procedure, reasons, wageNote,
				wage.map(w -> !w.verified()).orElse(false));
	}

	private Track procedure(RoutingInput in, Optional<WageFigure> wage, List<RoutingReason> reasons) {
		List<RoutingReason> exclusions = smallClaimsExclusions(in);
		boolean notSimple = false;
		if (in.whereaboutsUnknown()) {
			reasons.add(new RoutingReason("一方当事人下落不明，需公告送达，简易程序不适用公告送达", RULE_2019_4_4));
			notSimple = true;
		}
		if (in.foreign()) {
			reasons.add(new RoutingReason("涉外案件，按普通程序审理", COURT_SETTING));
			notSimple = true;
		}
		if (in.parties() > settings.getMaxPartiesSimple()) {
			reasons.add(new RoutingReason("当事人 " + in.parties() + " 人，超过 " + settings.getMaxPartiesSimple() + " 人",
					COURT_SETTING));
			notSimple = true;
		}
		if (in.claimFen() == null) {
			reasons.add(new RoutingReason("诉讼请求无确定金额，不适用标的额标准，由立案人员判断是否事实清楚、争议不大",
					"《最高人民法院关于严格规范民商事案件延长审限和延期开庭问题的规定》第四条第一款"));
			return Track.ORDINARY;
		}
		if (wage.isEmpty()) {
			reasons.add(new RoutingReason("未找到" + settings.getProvince() + "就业人员年平均工资数据，无法按标的额分流",
					ART_165_1));
			return Track.ORDINARY;
		}
		WageFigure w = wage.get();
		BigDecimal claim = BigDecimal.valueOf(in.claimFen()).movePointLeft(2);
		BigDecimal small = w.amountYuan().multiply(settings.getSmallClaimsRatio()).setScale(2, RoundingMode.DOWN);
		BigDecimal simple = w.amountYuan().multiply(settings.getSimpleRatio()).setScale(2, RoundingMode.DOWN);
		String wageName = w.province() + " " + w.year() + " 年度就业人员年平均工资";
		String smallShare = percent(settings.getSmallClaimsRatio());
		if (claim.compareTo(small) <= 0) {
			if (exclusions.isEmpty() && !notSimple) {
				reasons.add(new RoutingReason("标的额 " + yuan(claim) + " 元 ≤ " + wageName + "的 " + smallShare + "（"
						+ yuan(small) + " 元），且无第一百六十六条排除情形", ART_165_1));
				return Track.SMALL_CLAIMS;
			}
			reasons.add(new RoutingReason("标的额 " + yuan(claim) + " 元 ≤ " + wageName + "的 " + smallShare + "（"
					+ yuan(small) + " 元），但不适用小额诉讼", ART_165_1));
			reasons.addAll(exclusions);
			return notSimple ? Track.ORDINARY : simpleAsMandatory(claim, simple, wageName, reasons);
		}
		if (claim.compareTo(simple) <= 0) {
			reasons.addAll(exclusions);
			if (notSimple) {
				return Track.ORDINARY;
			}
			Track track = simpleAsMandatory(claim, simple, wageName, reasons);
			if (exclusions.isEmpty()) {
				reasons.add(new RoutingReason("标的额超过 " + smallShare + "（" + yuan(small) + " 元）但在两倍以下，"
						+ "双方当事人可以约定适用小额诉讼的程序", ART_165_2));
			}
			return track;
		}
		reasons.add(new RoutingReason("标的额 " + yuan(claim) + " 元 > " + wageName + "的两倍（" + yuan(simple)
				+ " 元），不属于应当适用简易程序的范围", RULE_2019_4_2));
		return Track.ORDINARY;
	}

	private static Track simpleAsMandatory(BigDecimal claim, BigDecimal simple, String wageName,
			List<RoutingReason> reasons) {
		reasons.add(new RoutingReason("标的额 " + yuan(claim) + " 元 ≤ " + wageName + "的两倍（" + yuan(simple)
				+ " 元），事实清楚、争议不大的应当适用简易程序", RULE_2019_4_2));
		return Track.SIMPLE;
	}

	/** 民诉法 art. 166 (一)–(五); (六) 其他不宜 is the clerk's judgment when confirming or overriding. */
	static List<RoutingReason> smallClaimsExclusions(RoutingInput in) {
		List<RoutingReason> list = new ArrayList<>();
		if (in.personalOrOwnership()) {
			list.add(new RoutingReason("人身关系、财产确权案件不适用小额诉讼", ART_166 + "第（一）项"));
		}
		if (in.foreign()) {
			list.add(new RoutingReason("涉外案件不适用小额诉讼", ART_166 + "第（二）项"));
		}
		if (in.needsAppraisal()) {
			list.add(new RoutingReason("需要评估、鉴定的案件不适用小额诉讼", ART_166 + "第（三）项"));
		}
		if (in.whereaboutsUnknown()) {
			list.add(new RoutingReason("一方当事人下落不明的案件不适用小额诉讼", ART_166 + "第（四）项"));
		}
		if (in.counterclaim()) {
			list.add(new RoutingReason("当事人提出反诉的案件不适用小额诉讼", ART_166 + "第（五）项"));
		}
		return list;
	}

	private boolean suitableForMediation(RoutingInput in) {
		if (in.causeCode() == null) {
			return false;
		}
		for (String entry : settings.getPreSuitCauses()) {
			String[] parts = entry.split("<=");
			String code = parts[0].trim();
			boolean covers = in.causeCode().equals(code) || in.causeCode().startsWith(code + ".");
			if (!covers) {
				continue;
			}
			if (parts.length == 1) {
				return true;
			}
			BigDecimal limit = new BigDecimal(parts[1].trim());
			return in.claimFen() != null && BigDecimal.valueOf(in.claimFen()).movePointLeft(2).compareTo(limit) <= 0;
		}
		return false;
	}

	private String wageNote(WageFigure w, int wantedYear) {
		StringBuilder note = new StringBuilder(w.province() + " " + w.year() + " 年度就业人员年平均工资 "
				+ yuan(w.amountYuan()) + " 元（" + w.source() + "）");
		if (w.year() != wantedYear) {
			note.append("；").append(wantedYear).append(" 年度数据尚未录入，暂用 ").append(w.year()).append(" 年度数据");
		}
		if (!w.verified()) {
			note.append("；数据待核对：").append(w.note() == null ? "须以统计部门公布数核对" : w.note());
		}
		return note.toString();
	}

	private static String causeName(RoutingInput in) {
		return in.causeName() == null ? in.causeCode() : in.causeName();
	}

	private static String label(Track track) {
		return switch (track) {
			case SMALL_CLAIMS -> "小额诉讼程序";
			case SIMPLE -> "简易程序";
			case ORDINARY -> "普通程序";
			case PRE_SUIT_MEDIATION -> "诉前调解";
		};
	}

	private static String percent(BigDecimal ratio) {
		return ratio.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
	}

	static String yuan(BigDecimal amount) {
		return new DecimalFormat("#,##0.##").format(amount);
	}
}
