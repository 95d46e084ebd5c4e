package org.smartcourt.cases.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.PartySide;
import org.smartcourt.cases.internal.closing.CaseDocument;
import org.smartcourt.cases.internal.closing.CaseFile;
import org.smartcourt.cases.internal.closing.ClosingAssessment;
import org.smartcourt.cases.internal.closing.ClosingDateRule;
import org.smartcourt.cases.internal.closing.ClosingMethod;
import org.smartcourt.cases.internal.closing.DocumentKind;
import org.smartcourt.cases.internal.closing.MissingItem;
import org.smartcourt.cases.internal.closing.Pronouncement;
import org.smartcourt.cases.internal.closing.PronouncementMode;
import org.smartcourt.cases.internal.closing.ServiceMethod;
import org.smartcourt.cases.internal.closing.ServiceRecord;

/**
 * 结案日期 under the 2000 rule art. 10: 判决 on the pronouncement date, 裁定 on the announcement, 调解书 on the day it
 * reached the last party, with service counted from the day left (留置), published (公告), handed to the post (邮寄)
 * or signed for (转交).
 */
class ClosingDateRuleTests {

	private static final CaseId CASE = CaseId.random();
	private static final LocalDate SIGNED = LocalDate.of(2026, 3, 2);
	private static final ClosingMethod JUDGMENT = method("JUDGMENT", ClosingDateRule.PRONOUNCEMENT, DocumentKind.JUDGMENT);
	private static final ClosingMethod MEDIATION = method("MEDIATION", ClosingDateRule.LAST_SERVICE,
			DocumentKind.MEDIATION_STATEMENT);
	private static final ClosingMethod WITHDRAWAL = method("WITHDRAWAL_PERMITTED", ClosingDateRule.ANNOUNCEMENT,
			DocumentKind.WITHDRAWAL_RULING);
	private static final ClosingMethod TRANSFER = method("TRANSFER", ClosingDateRule.ANNOUNCEMENT, DocumentKind.RULING,
			DocumentKind.TRANSFER_LETTER);

	/** 原告张三 (seq 1) with agent 赵律师 (seq 2), 被告李四 (seq 3), 第三人王五 (seq 4). */
	private static final List<CaseParty> PARTIES = List.of(
			CaseParty.party(1, PartySide.PLAINTIFF, "NATURAL_PERSON", "张三", "220104198001011234"),
			CaseParty.agent(2, PartySide.PLAINTIFF, "赵律师", 1, true, "12201200010000001"),
			CaseParty.party(3, PartySide.DEFENDANT, "NATURAL_PERSON", "李四", null),
			CaseParty.party(4, PartySide.THIRD_PARTY, "NATURAL_PERSON", "王五", null));

	private final List<CaseDocument> documents = new ArrayList<>();
	private final List<ServiceRecord> services = new ArrayList<>();
	private final List<Pronouncement> pronouncements = new ArrayList<>();

	private static ClosingMethod method(String code, ClosingDateRule rule, DocumentKind... kinds) {
		return new ClosingMethod(code, code, Set.of("民初"), List.of(kinds), rule, code);
	}

	private CaseDocument document(DocumentKind kind) {
		CaseDocument d = new CaseDocument(UUID.randomUUID(), CASE, kind, null, kind.name(), SIGNED, null, null,
				Audience.PARTIES, Instant.parse("2026-03-02T08:00:00Z").plusSeconds(documents.size()), "judge-0104");
		documents.add(d);
		return d;
	}

	private void serve(CaseDocument d, int seq, ServiceMethod method, LocalDate counted) {
		services.add(new ServiceRecord(UUID.randomUUID(), d.id(), seq, method, counted, Instant.now(), "clerk-0104"));
	}

	private ClosingAssessment assess(ClosingMethod method) {
		return ClosingAssessment.of(method, new CaseFile(documents, services, pronouncements, PARTIES));
	}

	@Test
	void aJudgmentClosesOnItsPronouncementDateWhateverTheService() {
		CaseDocument judgment = document(DocumentKind.JUDGMENT);
		pronouncements.add(new Pronouncement(judgment.id(), LocalDate.of(2026, 3, 10), PronouncementMode.FIXED_DATE));
		serve(judgment, 1, ServiceMethod.PERSONAL, LocalDate.of(2026, 3, 12));

		ClosingAssessment a = assess(JUDGMENT);
		assertThat(a.complete()).isTrue();
		assertThat(a.closedOn()).contains(LocalDate.of(2026, 3, 10));
	}

	@Test
	void aJudgmentNotYetPronouncedCannotCloseAndSaysSo() {
		document(DocumentKind.JUDGMENT);
		ClosingAssessment a = assess(JUDGMENT);
		assertThat(a.complete()).isFalse();
		assertThat(a.missing()).containsExactly(MissingItem.pronouncement(DocumentKind.JUDGMENT));
	}

	@Test
	void aMediationStatementClosesOnTheDayItReachedTheLastPartyUnderMixedMethods() {
		CaseDocument statement = document(DocumentKind.MEDIATION_STATEMENT);
		// 张三 through his agent by post: the day handed to the post counts, not the later signature
		serve(statement, 2, ServiceMethod.POSTAL, LocalDate.of(2026, 3, 5));
		// 李四 refused: 留置 on the day it was left
		serve(statement, 3, ServiceMethod.LEFT_AT_RESIDENCE, LocalDate.of(2026, 3, 9));
		// 王五 through his employer: 转交, the signature date on the receipt
		serve(statement, 4, ServiceMethod.FORWARDED, LocalDate.of(2026, 3, 7));

		assertThat(assess(MEDIATION).closedOn()).contains(LocalDate.of(2026, 3, 9));
	}

	@Test
	void ofTwoServicesOnOneRecipientTheEarlierCounts() {
		CaseDocument statement = document(DocumentKind.MEDIATION_STATEMENT);
		serve(statement, 1, ServiceMethod.ELECTRONIC, LocalDate.of(2026, 3, 4));
		serve(statement, 1, ServiceMethod.PERSONAL, LocalDate.of(2026, 3, 11));
		serve(statement, 3, ServiceMethod.PERSONAL, LocalDate.of(2026, 3, 6));
		serve(statement, 4, ServiceMethod.ELECTRONIC, LocalDate.of(2026, 3, 5));

		assertThat(assess(MEDIATION).closedOn()).contains(LocalDate.of(2026, 3, 6));
	}

	@Test
	void publicationCountsFromTheDayPublished() {
		CaseDocument statement = document(DocumentKind.MEDIATION_STATEMENT);
		serve(statement, 1, ServiceMethod.PERSONAL, LocalDate.of(2026, 3, 3));
		serve(statement, 3, ServiceMethod.PUBLICATION, LocalDate.of(2026, 3, 20));
		serve(statement, 4, ServiceMethod.ENTRUSTED, LocalDate.of(2026, 3, 4));

		assertThat(assess(MEDIATION).closedOn()).contains(LocalDate.of(2026, 3, 20));
	}

	@Test
	void aMediationStatementNotYetServedOnEveryPartyListsWhoIsMissing() {
		CaseDocument statement = document(DocumentKind.MEDIATION_STATEMENT);
		serve(statement, 1, ServiceMethod.PERSONAL, LocalDate.of(2026, 3, 3));

		ClosingAssessment a = assess(MEDIATION);
		assertThat(a.closedOn()).isEmpty();
		assertThat(a.missing()).containsExactly(MissingItem.service(DocumentKind.MEDIATION_STATEMENT, "李四"),
				MissingItem.service(DocumentKind.MEDIATION_STATEMENT, "王五"));
	}

	@Test
	void aRulingIsAnnouncedByPronouncementOrElseByReachingTheLastParty() {
		CaseDocument ruling = document(DocumentKind.WITHDRAWAL_RULING);
		serve(ruling, 1, ServiceMethod.PERSONAL, LocalDate.of(2026, 3, 3));
		serve(ruling, 3, ServiceMethod.POSTAL, LocalDate.of(2026, 3, 4));
		serve(ruling, 4, ServiceMethod.PERSONAL, LocalDate.of(2026, 3, 8));
		assertThat(assess(WITHDRAWAL).closedOn()).contains(LocalDate.of(2026, 3, 8));

		pronouncements.add(new Pronouncement(ruling.id(), LocalDate.of(2026, 3, 3), PronouncementMode.IN_COURT));
		assertThat(assess(WITHDRAWAL).closedOn()).contains(LocalDate.of(2026, 3, 3));
	}

	@Test
	void everyRequiredDocumentIsListedWhenMissing() {
		ClosingAssessment a = assess(TRANSFER);
		assertThat(a.complete()).isFalse();
		assertThat(a.missing()).containsExactly(MissingItem.document(DocumentKind.RULING),
				MissingItem.document(DocumentKind.TRANSFER_LETTER));

		CaseDocument ruling = document(DocumentKind.RULING);
		pronouncements.add(new Pronouncement(ruling.id(), LocalDate.of(2026, 3, 6), PronouncementMode.IN_COURT));
		assertThat(assess(TRANSFER).missing()).containsExactly(MissingItem.document(DocumentKind.TRANSFER_LETTER));
		document(DocumentKind.TRANSFER_LETTER);
		assertThat(assess(TRANSFER).complete()).isTrue();
		assertThat(assess(TRANSFER).closedOn()).contains(LocalDate.of(2026, 3, 6));
	}
}
