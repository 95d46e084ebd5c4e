package org.smartcourt.bench.data;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.smartcourt.bench.data.Appealable.Party;
import org.smartcourt.filing.CorrectionRequest;
import org.smartcourt.filing.FilingContent;
import org.smartcourt.filing.FilingDecision;
import org.smartcourt.filing.FilingKind;
import org.smartcourt.filing.PartyRole;
import org.smartcourt.filing.PartyType;
import org.smartcourt.filing.RequestedProcedure;

/**
 * 网上立案 filings (filing module): the online application a civil case came from (ACCEPTED, linked by
 * {@code court_case.filing_id}), and, at the as-of date, filings still in the 立案 queue in every other state.
 */
final class FilingRows {

	private static final String[] CORRECTIONS = { "起诉状未写明被告的住所", "诉讼请求的金额与事实和理由不一致",
			"未提交原告的身份证明", "证据清单未列明证据来源" };

	private final Tables tables;
	private final FilingSupport support;
	private final SplittableRandom random;
	private final Court court;

	FilingRows(Tables tables, FilingSupport support, SplittableRandom random, Court court) {
		this.tables = tables;
		this.support = support;
		this.random = random;
		this.court = court;
	}

	/** The accepted filing a registered civil case came from; returns its id for {@code court_case.filing_id}. */
	UUID accepted(UUID caseId, String caseNumber, String procedure, String causeCode, String causeName,
			List<Party> parties, long claimFen, Instant registeredAt, String clerk) {
		UUID id = Seeds.uuid(random);
		Instant submitted = registeredAt.minusSeconds(3600L * (20 + random.nextInt(100)));
		LocalDate received = submitted.atZone(CaseChunk.CHINA).toLocalDate();
		FilingContent content = civilContent(parties, causeCode, causeName, claimFen,
				procedure.equals("ORDINARY") ? RequestedProcedure.ORDINARY : RequestedProcedure.SIMPLE);
		FilingSupport.Period period = support.period().apply(FilingKind.CIVIL, received);
		FilingDecision decision = new FilingDecision(true, caseId.toString(), caseNumber, procedure, null, null, clerk,
				registeredAt, null);
		String filer = parties.get(0).name();
		tables.filing.row(id, Seeds.uuid(random), null, filer, "ACCEPTED", FilingKind.CIVIL.name(), court.id(),
				court.id(), support.json().apply(content), submitted, received, period.due(), period.explanation(), null,
				null, support.json().apply(decision), submitted.minusSeconds(1800), registeredAt);
		tables.filingEvent.row(id, submitted, "SUBMITTED", filer, "LITIGANT", court.id(), null);
		tables.filingEvent.row(id, registeredAt, "ACCEPTED", clerk, "FILING_CLERK", court.id(), "登记立案，案号" + caseNumber);
		return id;
	}

	/**
	 * The application a 民诉前调 case came from: submitted, then diverted to pre-suit mediation with the applicant's
	 * consent as the 民诉前调 case was registered, so that it waits without a decision period (filing.PreSuitMediation).
	 * Once the mediation is over it ends as settled (《人民法院在线调解规则》 art. 20), or goes back to the queue with a
	 * decision period counted afresh from that day (art. 21).
	 *
	 * @param ended the end of the mediation, {@literal null} while it runs.
	 * @param mediator who ended it.
	 */
	void diverted(UUID id, List<Party> parties, String causeCode, String causeName, long claimFen, Instant divertedAt,
			String caseNumber, String clerk, Instant ended, boolean settled, String mediator) {
		Instant submitted = divertedAt.minusSeconds(3600L * (20 + random.nextInt(100)));
		LocalDate received = submitted.atZone(CaseChunk.CHINA).toLocalDate();
		FilingContent content = civilContent(parties, causeCode, causeName, claimFen, RequestedProcedure.SIMPLE);
		String filer = parties.get(0).name();
		LocalDate endedOn = ended == null ? null : ended.atZone(CaseChunk.CHINA).toLocalDate();
		boolean resumed = ended != null && !settled;
		FilingSupport.Period period = resumed ? support.period().apply(FilingKind.CIVIL, endedOn) : null;
		String status = ended == null ? "IN_PRE_SUIT_MEDIATION" : settled ? "MEDIATED" : "SUBMITTED";
		tables.filing.row(id, Seeds.uuid(random), null, filer, status, FilingKind.CIVIL.name(), court.id(), court.id(),
				support.json().apply(content), submitted, resumed ? endedOn : received, resumed ? period.due() : null,
				resumed ? period.explanation() : null, null, null, null, submitted.minusSeconds(1800),
				ended == null ? divertedAt : ended);
		tables.filingEvent.row(id, submitted, "SUBMITTED", filer, "LITIGANT", court.id(), null);
		tables.filingEvent.row(id, divertedAt, "IN_PRE_SUIT_MEDIATION", clerk, "FILING_CLERK", court.id(),
				"转诉前调解（申请人同意），" + caseNumber);
		if (ended != null) {
			tables.filingEvent.row(id, ended, status, mediator, "MEDIATOR", court.id(), settled
					? "诉前调解成功（" + caseNumber + "），调解协议生效"
					: "调解不成，依法登记立案（《人民法院在线调解规则》第二十一条第（二）项）");
		}
	}

	/** A filing still being handled on {@code asOf}, in one of the queue's states. */
	void pending(LocalDate asOf, List<Party> parties, String causeCode, String causeName, long claimFen, String clerk) {
		UUID id = Seeds.uuid(random);
		int p = random.nextInt(100);
		String status = p < 62 ? "SUBMITTED" : p < 75 ? "CORRECTION_REQUESTED" : p < 85 ? "REFUSED" : p < 92
				? "WITHDRAWN" : "DRAFT";
		boolean privateProsecution = random.nextInt(100) < 12 && support.texts().size() > 0;
		FilingKind kind = privateProsecution ? FilingKind.PRIVATE_PROSECUTION : FilingKind.CIVIL;
		FilingContent content = privateProsecution ? privateProsecution(parties) : civilContent(parties, causeCode,
				causeName, claimFen, random.nextBoolean() ? RequestedProcedure.SIMPLE : RequestedProcedure.ORDINARY);
		Instant submitted = asOf.minusDays(random.nextInt(10)).atTime(9 + random.nextInt(9), random.nextInt(60))
			.atZone(CaseChunk.CHINA).toInstant();
		LocalDate received = submitted.atZone(CaseChunk.CHINA).toLocalDate();
		String filer = parties.get(0).name();
		boolean draft = status.equals("DRAFT");
		FilingSupport.Period period = draft ? null : support.period().apply(kind, received);
		Instant decided = submitted.plusSeconds(3600L * (4 + random.nextInt(40)));
		String correction = status.equals("CORRECTION_REQUESTED") ? support.json().apply(new CorrectionRequest(
				List.of(CORRECTIONS[random.nextInt(CORRECTIONS.length)]), "请于指定期限内补正。", received.plusDays(15),
				clerk, decided)) : null;
		String decision = status.equals("REFUSED") ? support.json().apply(new FilingDecision(false, null, null, null,
				"起诉不符合《中华人民共和国民事诉讼法》第一百二十二条规定的条件。", "裁定不予受理", clerk, decided, null)) : null;
		tables.filing.row(id, Seeds.uuid(random), null, filer, status, kind.name(), court.id(), court.id(),
				support.json().apply(content), draft ? null : submitted, draft ? null : received,
				draft ? null : period.due(), draft ? null : period.explanation(), null, correction, decision,
				submitted.minusSeconds(1800), status.equals("SUBMITTED") || draft ? submitted : decided);
		if (!draft) {
			tables.filingEvent.row(id, submitted, "SUBMITTED", filer, "LITIGANT", court.id(), null);
		}
		if (!status.equals("SUBMITTED") && !draft) {
			tables.filingEvent.row(id, decided, status, status.equals("WITHDRAWN") ? filer : clerk,
					status.equals("WITHDRAWN") ? "LITIGANT" : "FILING_CLERK", court.id(), null);
		}
	}

	private FilingContent civilContent(List<Party> parties, String causeCode, String causeName, long claimFen,
			RequestedProcedure procedure) {
		String yuan = java.math.BigDecimal.valueOf(claimFen).movePointLeft(2).toPlainString();
		List<FilingContent.Claim> claims = List.of(
				new FilingContent.Claim("判令被告支付" + (causeName == null ? "欠款" : causeName.replace("纠纷", "款项")) + yuan
						+ "元及自起诉之日起的利息", claimFen),
				new FilingContent.Claim("本案诉讼费用由被告承担", null));
		String facts = "原告与被告因" + (causeName == null ? "合同履行" : causeName.replace("纠纷", "")) + "发生争议。"
				+ "被告至今未履行义务，经原告多次催要无果，涉及金额" + yuan + "元。为维护原告的合法权益，特诉至贵院，望判如所请。";
		return new FilingContent(court.id(), court.id(), FilingKind.CIVIL, procedure, causeCode, parties(parties, false),
				claims, facts, evidence(), List.of(), null);
	}

	private FilingContent privateProsecution(List<Party> parties) {
		List<FilingContent.Party> ps = parties(parties, true);
		String defendant = ps.stream().filter(p -> p.role() == PartyRole.DEFENDANT).map(FilingContent.Party::name)
			.findFirst().orElse(ps.get(ps.size() - 1).name());
		String facts = support.texts().facts(random, defendant);
		return new FilingContent(court.id(), court.id(), FilingKind.PRIVATE_PROSECUTION, RequestedProcedure.ORDINARY,
				null, ps, List.of(new FilingContent.Claim("依法追究被告人" + defendant + "的刑事责任", null)), facts,
				evidence(), List.of(), null);
	}

	private List<FilingContent.Party> parties(List<Party> parties, boolean naturalOnly) {
		List<FilingContent.Party> out = new ArrayList<>();
		for (Party p : parties) {
			if (p.agent()) {
				continue;
			}
			boolean first = p.side().equals("PLAINTIFF") || p.side().equals("APPLICANT") || p.side().equals("APPELLANT");
			boolean company = "LEGAL_PERSON".equals(p.partyType()) && !naturalOnly;
			List<FilingContent.Agent> agents = parties.stream()
				.filter(a -> a.agent() && Integer.valueOf(p.seq()).equals(a.represents()))
				.map(a -> new FilingContent.Agent(true, a.name(), a.licenseNumber(), court.city() + "某某律师事务所", null,
						null))
				.toList();
			out.add(new FilingContent.Party(first ? PartyRole.PLAINTIFF : PartyRole.DEFENDANT,
					company ? PartyType.LEGAL_PERSON : PartyType.NATURAL_PERSON, p.name(),
					company ? null : p.idNumber(), company ? p.idNumber() : null,
					company ? ChineseNames.person(random) : null, court.place() + "某某街道" + (1 + random.nextInt(200)) + "号",
					null, agents));
		}
		return out;
	}

	private List<FilingContent.EvidenceItem> evidence() {
		return List.of(new FilingContent.EvidenceItem("借条、合同或其他书证", "原告提供", "证明双方之间的法律关系"),
				new FilingContent.EvidenceItem("转账记录", "银行出具", "证明款项的交付"));
	}
}
