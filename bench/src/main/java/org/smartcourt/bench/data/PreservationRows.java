package org.smartcourt.bench.data;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.smartcourt.bench.data.Appealable.Party;
import org.smartcourt.fees.Money;
import org.smartcourt.preservation.ApplicationStatus;
import org.smartcourt.preservation.LiftGround;
import org.smartcourt.preservation.MeasureStatus;
import org.smartcourt.preservation.PreservationKind;
import org.smartcourt.preservation.PropertyKind;
import org.smartcourt.preservation.Security;
import org.smartcourt.preservation.SecurityKind;
import org.smartcourt.preservation.SecurityRule;
import org.smartcourt.preservation.internal.PreservationClocks;

/**
 * The 诉前财产保全 of every 财保 case ({@code preservation_application}, kind PRE_SUIT, the case as its review case),
 * as the preservation module keeps it: the application with its 担保, which before suit always equals the amount
 * (《民事诉讼法》第一百零四条第一款, 保全规定第五条第二款), one to three objects or leads (保全规定第一条, 第十条), the ruling
 * within 48 hours (第一百零四条第二款), the measures taken within five days (保全规定第四条), each with the longest period
 * for its object (民诉解释第四百八十五条: deposits one year, movables two, real estate and other rights three) and the
 * thirty days to sue (第一百零四条第三款), the fee opened on grant (《诉讼费用交纳办法》第十四条第（二）项), and the history.
 * Every period is the app's {@link PreservationClocks}'; the measure, its period rule and the security check are the
 * module's own ({@link PropertyKind}, {@link SecurityRule}).
 * <p>
 * The generated 民初 cases are drawn independently of the 财保 cases, so no preservation is converted into a
 * litigation preservation (保全规定第十七条): once the thirty days have run out it is lifted on application
 * (保全规定第二十三条), unless it was lifted earlier on counter-security (民诉法第一百零七条) or a settlement. Ids and
 * every choice derive from the case's id, so the rows take nothing from the chunk's random stream.
 */
final class PreservationRows {

	private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("yyyy年M月d日H时mm分")
		.withZone(CaseChunk.CHINA);
	private static final String[] INSURERS = { "中国人民财产保险股份有限公司吉林省分公司", "中国平安财产保险股份有限公司吉林分公司",
			"中国太平洋财产保险股份有限公司吉林分公司", "中华联合财产保险股份有限公司吉林分公司" };
	private static final String[] BANKS = { "中国工商银行股份有限公司", "中国建设银行股份有限公司", "中国农业银行股份有限公司",
			"中国银行股份有限公司", "吉林银行股份有限公司" };
	private static final String[] GUARANTORS = { "吉林省信用融资担保投资集团有限公司", "长春市融资担保有限公司",
			"吉林省中小企业融资担保有限公司" };

	/** One object of the application: {@code value} in fen, or null when unknown. */
	private record Property(int seq, PropertyKind kind, String description, String identifier, Long value,
			boolean lead) {

		String object() {
			return description + (identifier == null ? "" : "（" + identifier + "）");
		}
	}

	private final Tables tables;
	private final RecordSupport support;
	private final PreservationClocks clocks;
	private final LocalDate asOf;

	PreservationRows(Tables tables, RecordSupport support, LocalDate asOf) {
		this.tables = tables;
		this.support = support;
		this.clocks = support.preservation();
		this.asOf = asOf;
	}

	/** The application a 财保 case was registered for, recorded by the 立案 clerk when it was received. */
	void preSuit(CaseBasics c) {
		SplittableRandom random = Seeds.of("preservation", c.id());
		UUID id = Seeds.derived("preservation", c.id());
		Court court = c.court();
		Party applicant = c.first("APPLICANT");
		Party respondent = c.first("RESPONDENT");
		long amount = Math.max(5_000, Math.round(c.claimFen() * (0.5 + random.nextDouble() * 0.5) / 100)) * 100;
		String yuan = yuan(amount);
		List<Property> properties = properties(random, c, respondent, amount);
		Security security = security(random, applicant, amount);
		if (!SecurityRule.checkOffer(PreservationKind.PRE_SUIT, Money.ofFen(amount), security, null, null).isEmpty()) {
			throw new IllegalStateException("the security of " + c.caseNumber() + " does not meet 保全规定第五条");
		}
		boolean urgent = random.nextInt(100) < 25;
		boolean search = random.nextInt(100) < 30;
		Instant filed = c.registeredAt();
		Instant now = CaseBasics.at(asOf, 18, 0);
		PreservationClocks.Due rulingDue = clocks.ruling(PreservationKind.PRE_SUIT, urgent, filed);
		long minutes = Duration.between(filed, rulingDue.at()).toMinutes();
		Instant ruled = filed.plus(Duration.ofMinutes(60 + random.nextLong(Math.max(1, minutes - 120))));
		boolean decided = !ruled.isAfter(now);
		boolean dismissed = decided && random.nextInt(100) < 6;
		boolean granted = decided && !dismissed;
		PreservationClocks.Due enforcementDue = granted ? clocks.enforcement(urgent, ruled) : null;
		Instant enforced = !granted ? null : urgent ? ruled.plus(Duration.ofMinutes(30 + random.nextInt(90)))
				: ruled.plus(Duration.ofMinutes(120 + random.nextLong(Math.max(1,
						Math.min(72 * 60, Duration.between(ruled, enforcementDue.at()).toMinutes() - 180)))));
		boolean taken = granted && !enforced.isAfter(now);
		LocalDate start = taken ? enforced.atZone(CaseChunk.CHINA).toLocalDate() : null;
		LocalDate suitBy = taken ? clocks.suitWindow(start).day() : null;
		int g = random.nextInt(100);
		LiftGround ground = g < 60 ? LiftGround.NO_SUIT_IN_TIME : g < 85 ? LiftGround.OTHER : LiftGround.COUNTER_SECURITY;
		LocalDate liftedOn = !taken ? null : ground == LiftGround.NO_SUIT_IN_TIME
				? suitBy.plusDays(1 + random.nextInt(5)) : start.plusDays(5 + random.nextInt(24));
		boolean lifted = taken && !liftedOn.isAfter(asOf);
		ApplicationStatus status = !decided ? ApplicationStatus.SUBMITTED : dismissed ? ApplicationStatus.DISMISSED
				: lifted ? ApplicationStatus.LIFTED : taken ? ApplicationStatus.ENFORCED : ApplicationStatus.GRANTED;

		// 《诉讼费用交纳办法》第十四条第（二）项: on grant, the fee follows the amount actually preserved
		long known = 0;
		for (Property p : properties) {
			if (!p.lead() && p.kind() == PropertyKind.DEPOSIT) {
				known += p.value() == null || p.value() > amount ? amount : p.value();
			}
		}
		RecordSupport.Fee fee = support.preservationFee().apply(granted ? (known == 0 || known > amount ? amount : known)
				: amount);
		UUID payment = granted ? Seeds.derived("preservation fee", c.id()) : null;
		Instant paid = granted ? ruled.plus(Duration.ofHours(4 + random.nextInt(68))) : null;
		boolean feePaid = granted && !paid.isAfter(now) && random.nextInt(100) < 92;
		String address = court.place() + "某某街道" + (1 + random.nextInt(300)) + "号";
		String liftReason = ground.text() + switch (ground) {
			case OTHER -> "；双方当事人已自行和解，申请人申请解除保全";
			case COUNTER_SECURITY -> "；被申请人提供了足额担保";
			default -> "";
		};

		tables.preservation.row(id, court.id(), PreservationKind.PRE_SUIT.name(), status.name(), urgent,
				urgent ? "被申请人正在转移、隐匿财产，不立即采取保全措施将使申请人的合法权益受到难以弥补的损害" : null,
				applicant.name(), applicant.idNumber(), address, mobile(random), respondent.name(),
				respondent.idNumber(), court.place() + "某某路" + (1 + random.nextInt(500)) + "号",
				random.nextBoolean() ? mobile(random) : null,
				"请求冻结被申请人" + respondent.name() + "名下银行存款人民币" + yuan + "元，或查封、扣押其相应价值的其他财产",
				"申请人与被申请人因" + (c.cause() == null ? "合同履行" : c.causeName().replace("纠纷", ""))
						+ "发生纠纷，被申请人有转移、隐匿财产的迹象，情况紧急，不立即申请保全将会使申请人的合法权益受到难以弥补的损害。"
						+ "申请人将在人民法院采取保全措施后三十日内依法提起诉讼，并已提供相应担保。",
				amount, search, security.kind().name(), security.amount().fen(), security.provider(),
				security.reference(), filed, fee.fen(), feePaid, c.id(), c.caseNumber(), CaseChunk.GENERATOR,
				"FILING_CLERK", filed, filed, rulingDue.at(), decided ? ruled : null, decided ? c.judge() : null,
				dismissed ? "申请人未能证明存在情况紧急、不立即申请保全将会使其合法权益受到难以弥补的损害的情形（《中华人民共和国民事诉讼法》第一百零四条第一款）"
						: null,
				granted ? enforcementDue.at() : null, taken ? enforced : null, payment);
		for (Property p : properties) {
			tables.preservationProperty.row(id, p.seq(), p.kind().name(), p.description(), p.identifier(), p.value(),
					p.lead());
		}
		int n = 0;
		event(c, n++, id, filed, CaseChunk.GENERATOR, "APPLIED", "收到保全申请，裁定期限届满：" + LABEL.format(rulingDue.at())
				+ "（" + rulingDue.citation() + "）");
		if (search) {
			event(c, n++, id, filed, CaseChunk.GENERATOR, "SEARCH_REQUESTED",
					"申请通过网络执行查控系统查询被保全人财产（《最高人民法院关于人民法院办理财产保全案件若干问题的规定》第十一条）");
		}
		if (dismissed) {
			event(c, n++, id, ruled, c.judge(), "DISMISSED", "裁定驳回保全申请：申请人未能证明存在情况紧急的情形");
		}
		if (!granted) {
			return;
		}
		event(c, n++, id, ruled, c.judge(), "GRANTED", "裁定准予保全，交执行机构实施；执行期限届满："
				+ LABEL.format(enforcementDue.at()) + (urgent ? "（情况紧急，立即开始执行）" : "") + "（"
				+ enforcementDue.citation() + "）");
		tables.fee.row(payment, c.caseNumber(), court.id(), null, fee.description(), fee.fen(), fee.fen(),
				feePaid ? "PAID" : "DUE", c.judge(), ruled, feePaid ? paid : null);
		for (Property p : properties) {
			if (p.lead()) {
				continue;
			}
			long frozen = p.value() == null || p.value() > amount ? amount : p.value();
			LocalDate expiry = taken ? clocks.expiry(p.kind(), start).day() : null;
			tables.preservationMeasure.row(Seeds.derived("preservation measure " + p.seq(), c.id()), id, p.seq(),
					p.kind().usualMeasure().name(), p.kind().name(), p.object(),
					p.kind() == PropertyKind.DEPOSIT ? frozen : null,
					(lifted ? MeasureStatus.LIFTED : taken ? MeasureStatus.ACTIVE : MeasureStatus.ORDERED).name(), start,
					expiry, p.kind().periodRule().value(), suitBy, lifted ? liftedOn : null, lifted ? liftReason : null);
		}
		if (taken) {
			event(c, n++, id, enforced, c.judge(), "ENFORCED", "已采取保全措施，保全期限届满日已书面告知申请人");
		}
		if (lifted) {
			Instant received = CaseBasics.at(liftedOn.minusDays(1), 9, 30);
			PreservationClocks.Due due = clocks.lift(false, received);
			event(c, n++, id, CaseBasics.at(liftedOn, 15, 0), c.judge(), "LIFTED", "解除保全：" + liftReason
					+ "。解除期限届满：" + LABEL.format(due.at()) + "（" + due.citation() + "），按期");
		}
	}

	private void event(CaseBasics c, int n, UUID application, Instant at, String actor, String kind, String summary) {
		tables.preservationEvent.row(Seeds.derived("preservation event " + n, c.id()), application, at, actor, kind,
				summary);
	}

	/** The first object is definite; a later one is sometimes only a lead (财产线索, 保全规定第十条). */
	private static List<Property> properties(SplittableRandom random, CaseBasics c, Party respondent, long amount) {
		List<Property> out = new ArrayList<>();
		int count = random.nextInt(100) < 55 ? 1 : random.nextInt(100) < 70 ? 2 : 3;
		for (int seq = 1; seq <= count; seq++) {
			int k = random.nextInt(100);
			PropertyKind kind = seq == 1 && k < 60 || k < 45 ? PropertyKind.DEPOSIT : k < 62 ? PropertyKind.VEHICLE
					: k < 80 ? PropertyKind.REAL_ESTATE : k < 90 ? PropertyKind.EQUITY : k < 95 ? PropertyKind.OTHER_RIGHT
							: PropertyKind.MOVABLE;
			boolean lead = seq > 1 && random.nextInt(100) < 20;
			String owner = "被申请人" + respondent.name();
			Property p = switch (kind) {
				case DEPOSIT -> new Property(seq, kind, owner + "在" + BANKS[random.nextInt(BANKS.length)]
						+ c.court().city().replace("市", "") + "分行开立账户内的银行存款",
						lead ? null : "账号6217" + digits(random, 15), null, lead);
				case VEHICLE -> new Property(seq, kind, owner + "名下小型轿车一辆",
						"吉" + "ABCDEFGHJK".charAt(random.nextInt(10)) + "·" + digits(random, 5),
						yuanToFen(60_000 + random.nextInt(240_000)), lead);
				case REAL_ESTATE -> new Property(seq, kind, owner + "名下位于" + c.court().place() + "的住宅一套",
						lead ? null : "吉（" + (2010 + random.nextInt(15)) + "）" + c.court().city() + "不动产权第"
								+ digits(random, 7) + "号",
						yuanToFen(400_000 + random.nextInt(1_600_000)), lead);
				case EQUITY -> new Property(seq, kind, owner + "持有的" + ChineseNames.company(random, c.court().city())
						+ "的股权", "持股比例" + (5 + random.nextInt(90)) + "%", null, lead);
				case OTHER_RIGHT -> new Property(seq, kind, owner + "对第三人" + ChineseNames.company(random,
						c.court().city()) + "享有的到期债权", null, amount / 2 + random.nextInt(1_000_000), lead);
				case MOVABLE -> new Property(seq, kind, owner + "存放于" + c.court().place() + "仓库的库存货物", null,
						yuanToFen(20_000 + random.nextInt(200_000)), lead);
			};
			out.add(p);
		}
		return out;
	}

	/** 担保 of the whole amount, mostly a 诉讼财产保全责任险 policy (保全规定第七条). */
	private static Security security(SplittableRandom random, Party applicant, long amount) {
		Money sum = Money.ofFen(amount);
		int s = random.nextInt(100);
		if (s < 60) {
			return new Security(SecurityKind.LIABILITY_INSURANCE, sum, INSURERS[random.nextInt(INSURERS.length)],
					"PPRB" + digits(random, 18));
		}
		if (s < 72) {
			return new Security(SecurityKind.BANK_GUARANTEE, sum, BANKS[random.nextInt(BANKS.length)] + "长春分行",
					"BH" + digits(random, 12));
		}
		if (s < 85) {
			return new Security(SecurityKind.GUARANTEE, sum, GUARANTORS[random.nextInt(GUARANTORS.length)], null);
		}
		if (s < 95) {
			return new Security(SecurityKind.CASH, sum, applicant.name(), null);
		}
		return new Security(SecurityKind.PROPERTY, sum, applicant.name(), applicant.name() + "名下房产一套（不动产权证号"
				+ digits(random, 7) + "）");
	}

	private static String digits(SplittableRandom random, int n) {
		StringBuilder b = new StringBuilder(n);
		for (int i = 0; i < n; i++) {
			b.append((char) ('0' + random.nextInt(10)));
		}
		return b.toString();
	}

	private static String mobile(SplittableRandom random) {
		return "1" + "35789".charAt(random.nextInt(5)) + digits(random, 9);
	}

	private static long yuanToFen(long yuan) {
		return yuan * 100;
	}

	private static String yuan(long fen) {
		return BigDecimal.valueOf(fen).movePointLeft(2).toPlainString();
	}
}
