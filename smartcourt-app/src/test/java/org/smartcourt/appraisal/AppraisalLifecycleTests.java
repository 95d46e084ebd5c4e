package org.smartcourt.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.appraisal.internal.AppraisalRoster;
import org.smartcourt.appraisal.internal.AppraisalSelection;
import org.smartcourt.appraisal.internal.Assignment;
import org.smartcourt.appraisal.internal.CourtReview;
import org.smartcourt.appraisal.internal.EntrustmentViews;
import org.smartcourt.appraisal.internal.Institution;
import org.smartcourt.appraisal.internal.InstitutionProgress;
import org.smartcourt.appraisal.internal.LateReports;
import org.smartcourt.appraisal.internal.Steps;
import org.smartcourt.casefile.CourtPdf;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.ledger.EntryType;
import org.smartcourt.ledger.Ledger;
import org.smartcourt.organization.Staffing;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.storage.FileStore;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole entrustment on PostgreSQL: the judge's request, the office's draw (stored and replayable), the 委托书
 * stored, acceptance with the 承诺书, a material request and its answer, the report stored and anchored in the ledger,
 * and the 鉴定期间 started and ended on the case's 审限 clock; then a late report, the party's request and the
 * office's re-draw that excludes the late institution and marks its fee for refund (证据规定 art. 35 para. 2).
 */
@IntegrationTest
class AppraisalLifecycleTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	AppraisalRoster roster;

	@Autowired
	AppraisalSelection selection;

	@Autowired
	InstitutionProgress progress;

	@Autowired
	CourtReview review;

	@Autowired
	EntrustmentViews views;

	@Autowired
	LateReports late;

	@Autowired
	FileStore files;

	@Autowired
	CourtPdf pdf;

	@Autowired
	Ledger ledger;

	@Test
	void anEntrustmentGoesFromRequestToAnAnchoredReportWithTheIntervalOffTheClock() throws Exception {
		AppraisalFixtures f = new AppraisalFixtures(roster, accounts, jdbc);
		f.isolate("intellectual-property");
		String accountA = "inst-a-" + UUID.randomUUID().toString().substring(0, 6);
		Institution a = f.qualified("测试知识产权鉴定所甲", "intellectual-property", accountA);
		Institution b = f.qualified("测试知识产权鉴定所乙", "intellectual-property", null);
		roster.remove(f.office(), b.id(), "测试：暂时除名");
		RegisteredCase c = new CaseFixtures(registry, staffing, jdbc).registerAssigned(CaseFixtures.CHANGCHUN,
				Procedure.SIMPLIFIED, "litigant", "judge", "assistant", "clerk");
		TestApi api = new TestApi(port);
		String clock = "/api/v1/cases/" + c.id() + "/clock";

		UUID id = selection.request(f.judge(), c.id(), new AppraisalSelection.Request("被控侵权产品与涉案专利技术方案是否相同",
				"涉案产品一件及专利说明书", "确定是否落入专利保护范围", "intellectual-property", false, "专利证书、涉案产品",
				AppraisalFixtures.today()));
		selection.scheduleDraw(f.office(), id, Instant.now());
		Steps.Draw draw = selection.draw(f.office(), id);
		roster.reinstate(f.office(), b.id(), "测试：恢复");

		assertThat(draw.chosen()).as("the removed entry cannot be drawn").isEqualTo(a.id());
		assertThat(draw.excluded()).contains("测试知识产权鉴定所乙").contains("除名");
		EntrustmentViews.ReplayView replay = views.replay(f.office(), id, draw.id());
		assertThat(replay.replay().matches()).isTrue();
		EntrustmentViews.Detail entrusted = views.detail(f.office(), id);
		Assignment assignment = entrusted.current().assignment();
		assertThat(entrusted.entrustment().status()).isEqualTo(EntrustmentStatus.ENTRUSTED);
		assertThat(files.find(assignment.letterSha256())).isPresent();
		assertThat(api.get(clock, api.token("litigant")).json().get("status").asString()).isEqualTo("PAUSED");

		Actor institution = AppraisalFixtures.institutionActor(accountA);
		assertThatThrownBy(() -> progress.accept(institution, id, false, null)).isInstanceOf(DomainException.class)
			.hasMessageContaining("validation-failed");
		progress.accept(institution, id, true, new BigDecimal("3000.00"));
		EntrustmentViews.Detail accepted = views.detail(f.office(), id);
		assertThat(accepted.entrustment().status()).isEqualTo(EntrustmentStatus.IN_PROGRESS);
		assertThat(accepted.due().due()).isAfter(AppraisalFixtures.today().plusDays(30));

		progress.requestMaterial(institution, id, "专利年费缴纳凭证");
		EntrustmentViews.Detail waiting = views.detail(f.judge(), id);
		assertThat(waiting.entrustment().status()).isEqualTo(EntrustmentStatus.AWAITING_MATERIAL);
		assertThat(waiting.due().waiting()).isTrue();
		UUID request = waiting.current().materials().get(0).id();
		progress.supplyMaterial(f.judge(), id, request, "年费凭证.pdf",
				new ByteArrayInputStream(pdf.render("年费凭证", "# 年费凭证\n\n已缴纳。")), "已补充");
		assertThat(views.detail(f.judge(), id).entrustment().status()).isEqualTo(EntrustmentStatus.IN_PROGRESS);

		byte[] report = pdf.render("鉴定意见书", "# 鉴定意见书\n\n被控侵权产品的技术方案与涉案专利相同。" + UUID.randomUUID());
		String sha = progress.uploadReport(institution, id, "鉴定意见书.pdf", new ByteArrayInputStream(report)).sha256();
		EntrustmentViews.Detail reported = views.detail(f.judge(), id);
		assertThat(reported.entrustment().status()).isEqualTo(EntrustmentStatus.REPORTED);
		assertThat(reported.current().assignment().reportSha256()).isEqualTo(sha);
		assertThat(awaitAnchored(sha)).as("the report is anchored in the evidence ledger").isTrue();

		JsonNode after = api.get(clock, api.token("litigant")).json();
		assertThat(after.get("status").asString()).isNotEqualTo("PAUSED");
		assertThat(after.get("exclusions").get(0).get("kind").asString()).isEqualTo("鉴定");
		assertThat(after.get("exclusions").get(0).get("to").asString()).isEqualTo(AppraisalFixtures.today().toString());
		assertThat(jdbc.sql("select count(*) from audit_record where target_id = ? and action like 'appraisal.%'")
			.param(id.toString()).query(Long.class).single()).isGreaterThanOrEqualTo(7);
	}

	@Test
	void aLateReportLetsThePartyAskForAnotherInstitutionAndTheLateOneIsExcludedAndRefunded() {
		AppraisalFixtures f = new AppraisalFixtures(roster, accounts, jdbc);
		f.isolate("environment");
		String accountX = "inst-x-" + UUID.randomUUID().toString().substring(0, 6);
		String accountY = "inst-y-" + UUID.randomUUID().toString().substring(0, 6);
		Institution x = f.qualified("测试环境损害鉴定所甲", "environment", accountX);
		Institution y = f.qualified("测试环境损害鉴定所乙", "environment", accountY);
		RegisteredCase c = new CaseFixtures(registry, staffing, jdbc).registerAssigned(CaseFixtures.CHANGCHUN,
				Procedure.SIMPLIFIED, "litigant", "judge", "assistant", "clerk");
		UUID id = selection.request(f.judge(), c.id(), new AppraisalSelection.Request("污染损害数额", "涉案地块",
				"确定损害赔偿数额", "environment", false, "监测报告", AppraisalFixtures.today()));
		selection.scheduleDraw(f.office(), id, Instant.now());
		UUID first = selection.draw(f.office(), id).chosen();
		Institution late1 = first.equals(x.id()) ? x : y;
		Institution other = first.equals(x.id()) ? y : x;
		Actor lateActor = AppraisalFixtures.institutionActor(late1 == x ? accountX : accountY);
		progress.accept(lateActor, id, true, new BigDecimal("5000"));
		review.recordFee(f.office(), id, new BigDecimal("5000"), "张三");
		assertThatThrownBy(() -> selection.requestReselection(f.litigant(), id)).isInstanceOf(DomainException.class)
			.hasMessageContaining("appraisal-not-late");

		// time moves on: the institution accepted 80 days ago, so its 30 working days are over
		jdbc.sql("update appraisal_assignment set accepted_on = ? where entrustment_id = ?")
			.params(java.sql.Date.valueOf(AppraisalFixtures.today().minusDays(80)), id)
			.update();
		assertThat(late.run()).isGreaterThanOrEqualTo(1);
		EntrustmentViews.Detail overdue = views.detail(f.office(), id);
		assertThat(overdue.overdue()).isTrue();
		assertThat(overdue.current().assignment().lateFlaggedAt()).isNotNull();

		selection.requestReselection(f.litigant(), id);
		Steps.Draw redraw = selection.reselect(f.office(), id);

		assertThat(redraw.chosen()).isEqualTo(other.id());
		assertThat(redraw.round()).isEqualTo(2);
		assertThat(redraw.excluded()).contains(late1.name()).contains("第三十五条第二款");
		EntrustmentViews.Detail reselected = views.detail(f.office(), id);
		List<Assignment> rounds = reselected.assignments().stream().map(EntrustmentViews.AssignmentView::assignment).toList();
		assertThat(rounds.get(0).outcome()).isEqualTo("LATE_REPLACED");
		assertThat(rounds.get(0).refund()).isEqualTo("DUE");
		assertThat(reselected.current().institution()).isEqualTo(other.name());
		assertThat(reselected.entrustment().status()).isEqualTo(EntrustmentStatus.ENTRUSTED);
		assertThat(views.replay(f.office(), id, redraw.id()).replay().matches()).isTrue();
		AppraisalRoster.Entry record = roster.roster(f.office()).stream()
			.filter(e -> e.institution().id().equals(late1.id()))
			.findFirst()
			.orElseThrow();
		assertThat(record.record().late()).isEqualTo(1);
		assertThat(record.record().onTimeRate()).isZero();
		review.markRefunded(f.office(), id, rounds.get(0).id());
		assertThat(views.detail(f.office(), id).assignments().get(0).assignment().refund()).isEqualTo("REFUNDED");
	}

	@Test
	void thePartiesAgreeOnAnInstitutionAndTheReportIsObjectedToAndExplained() {
		AppraisalFixtures f = new AppraisalFixtures(roster, accounts, jdbc);
		f.isolate("product-quality");
		String account = "inst-p-" + UUID.randomUUID().toString().substring(0, 6);
		Institution chosen = f.qualified("测试产品质量鉴定所甲", "product-quality", account);
		Institution conflicted = f.qualified("测试产品质量鉴定所乙", "product-quality", null);
		roster.declareConflict(f.office(), conflicted.id(), "李四", "鉴定人系被告李四的配偶");
		RegisteredCase c = new CaseFixtures(registry, staffing, jdbc).registerAssigned(CaseFixtures.CHANGCHUN,
				Procedure.SIMPLIFIED, "litigant", "judge", "assistant", "clerk");
		UUID id = selection.request(f.judge(), c.id(), new AppraisalSelection.Request("电动车电池是否存在设计缺陷",
				"涉案电池一块", "确定产品责任", "product-quality", true, "电池实物、购买凭证", AppraisalFixtures.today()));

		EntrustmentViews.Detail selecting = views.detail(f.litigant(), id);
		assertThat(selecting.eligibility().candidates()).extracting(c2 -> c2.name()).containsExactly("测试产品质量鉴定所甲");
		assertThat(selecting.eligibility().excluded()).extracting(x -> x.reason())
			.anySatisfy(r -> assertThat(r).contains("李四").contains("配偶"));
		assertThatThrownBy(() -> selection.choose(f.litigant(), id, conflicted.id()))
			.isInstanceOf(DomainException.class).hasMessageContaining("appraisal-not-eligible");
		selection.choose(f.litigant(), id, chosen.id());
		assertThat(views.detail(f.office(), id).choices()).extracting(Steps.PartyChoice::side).containsExactly("PLAINTIFF");
		selection.confirmAgreement(f.office(), id, chosen.id());
		EntrustmentViews.Detail agreed = views.detail(f.office(), id);
		assertThat(agreed.current().assignment().via()).isEqualTo("AGREED");
		assertThat(agreed.draws()).isEmpty();

		Actor institution = AppraisalFixtures.institutionActor(account);
		progress.accept(institution, id, true, null);
		java.time.LocalDate sixty = views.detail(f.office(), id).due().due();
		progress.requestExtension(institution, id, "需进行拆解试验", sixty.plusDays(20));
		UUID extension = views.detail(f.judge(), id).current().extensions().get(0).id();
		assertThatThrownBy(() -> progress.decideExtension(f.office(), id, extension, true, sixty.plusDays(20)))
			.isInstanceOf(DomainException.class).hasMessageContaining("appraisal-not-allowed");
		progress.decideExtension(f.judge(), id, extension, true, sixty.plusDays(15));
		assertThat(views.detail(f.judge(), id).due().due()).isEqualTo(sixty.plusDays(15));

		progress.uploadReport(institution, id, "鉴定意见书.pdf",
				new ByteArrayInputStream(pdf.render("鉴定意见书", "# 鉴定意见书\n\n电池存在设计缺陷。" + UUID.randomUUID())));
		assertThatThrownBy(() -> review.object(f.litigant(), id, "鉴定方法不当"))
			.isInstanceOf(DomainException.class).hasMessageContaining("appraisal-objection-closed");
		review.setObjectionPeriod(f.judge(), id, AppraisalFixtures.today().plusDays(10));
		review.object(f.litigant(), id, "鉴定方法不当，未进行对照试验");
		UUID objection = views.detail(f.judge(), id).current().objections().get(0).id();
		review.answerObjection(institution, id, objection, "已进行对照试验，详见附件三");
		review.recordAttendance(f.judge(), id, "鉴定人周某出庭接受质询（证据规定第三十八条）");
		EntrustmentViews.AssignmentView done = views.detail(f.litigant(), id).current();
		assertThat(done.objections().get(0).answer()).contains("对照试验");
		assertThat(done.assignment().attendance()).contains("出庭");
		assertThat(roster.page(f.office(), chosen.id()).entry().record().objections()).isEqualTo(1);
		assertThat(roster.page(f.office(), chosen.id()).entry().record().onTimeRate()).isEqualTo(100);
	}

	private boolean awaitAnchored(String sha256) throws InterruptedException {
		for (int i = 0; i < 120; i++) {
			if (ledger.findByDigest(EntryType.STORED_FILE, HexFormat.of().parseHex(sha256)).isPresent()) {
				return true;
			}
			Thread.sleep(250);
		}
		return false;
	}
}
