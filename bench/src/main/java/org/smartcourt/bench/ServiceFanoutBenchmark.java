package org.smartcourt.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.PartySide;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.cases.TeamRole;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 8: serving one document on 1,000 parties. A generated case at 朝阳区 with {@code --parties} parties, each of
 * whom confirmed a mobile number and consented to 电子送达 (送达地址确认书 rows written directly, as setup); the clerk
 * serves a 传票 on all of them by SMS in one request ({@code POST /api/v1/service/cases/{id}/servings}). Reported:
 * the time to queue (the request, which checks every consent, writes a service, an attempt and a trail row per party
 * and queues each message through the notification service), and the time until every service is effective (the
 * notification service's 发送成功 reports handled, the service recorded on the docket, {@code DocumentServed}
 * published). {@code --runs} documents are served one after the other.
 */
final class ServiceFanoutBenchmark {

	static final List<String> OPTIONS = List.of("parties", "runs", "dir");

	private final Options options;

	ServiceFanoutBenchmark(Options options) {
		this.options = options;
	}

	void run() throws Exception {
		int parties = options.integer("parties", 1000);
		int runs = options.integer("runs", 3);
		System.out.println(Machine.describe());
		try (BenchApp app = BenchApp.start(options.path("dir", java.nio.file.Path.of("bench/target/run/service-fanout")),
				true, Map.of())) {
			BenchHttp http = new BenchHttp(app.port());
			JdbcClient jdbc = JdbcClient.create(app.dataSource());
			RegisteredCase registered = registerCase(app, jdbc, parties);
			String caseId = registered.id().toString();
			String judge = http.token("judge-0104");
			String clerk = http.token("clerk-0104");
			List<Integer> recipients = new ArrayList<>();
			for (int seq = 1; seq <= parties; seq++) {
				recipients.add(seq);
			}
			System.out.printf(Locale.ROOT, "# case %s with %d parties, each with a confirmed mobile and consent%n",
					registered.caseNumber().format(), parties);
			for (int r = 1; r <= runs; r++) {
				String title = "传票（第" + r + "批）";
				String documentId = http.postFile("/api/v1/cases/" + caseId + "/documents", judge,
						Map.of("kind", "SUMMONS", "title", title, "signedOn",
								LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "visibility", "PARTIES"),
						"summons.pdf", "application/pdf", pdf(title))
					.get("id").asString();
				long t0 = System.nanoTime();
				http.postJson("/api/v1/service/cases/" + caseId + "/servings", clerk, Map.of("documentId", documentId,
						"recipients", recipients, "channels", List.of("SMS")), 201, Duration.ofMinutes(10));
				long queued = System.nanoTime() - t0;
				long effective;
				while (true) {
					long count = jdbc.sql("select count(*) from serving where document_id = ?::uuid and status = 'EFFECTIVE'")
						.param(documentId).query(Long.class).single();
					if (count == parties) {
						effective = System.nanoTime() - t0;
						break;
					}
					if (System.nanoTime() - t0 > Duration.ofMinutes(10).toNanos()) {
						throw new IllegalStateException("only " + count + " of " + parties + " effective after 10 min");
					}
					Thread.sleep(20);
				}
				long recorded = jdbc.sql("select count(*) from document_service where document_id = ?::uuid")
					.param(documentId).query(Long.class).single();
				System.out.printf(Locale.ROOT,
						"run %d: serve 1 document on %d parties by SMS: queued in %.2f s (%.0f parties/s); all effective after %.2f s (%.0f parties/s); %d service records on the docket; loadavg %s%n",
						r, parties, queued / 1e9, parties / (queued / 1e9), effective / 1e9, parties / (effective / 1e9),
						recorded, Machine.loadAverage());
			}
		}
	}

	private RegisteredCase registerCase(BenchApp app, JdbcClient jdbc, int parties) {
		List<CaseParty> list = new ArrayList<>();
		list.add(CaseParty.party(1, PartySide.PLAINTIFF, "NATURAL_PERSON", "张三", "220104198001011234"));
		for (int seq = 2; seq <= parties; seq++) {
			list.add(CaseParty.party(seq, PartySide.DEFENDANT, "NATURAL_PERSON", "被告" + seq, null));
		}
		RegisteredCase registered = BenchCases.registerAssigned(app, Procedure.ORDINARY, "张三诉被告二等民间借贷纠纷", list,
				List.of(new BenchCases.Member("judge-0104", TeamRole.RESPONSIBLE_JUDGE),
						new BenchCases.Member("clerk-0104", TeamRole.CLERK)));
		for (int seq = 1; seq <= parties; seq++) {
			jdbc.sql("""
					insert into service_address (id, case_id, party_seq, form, mobile, consent, basis, covers_decisions,
					evidence, recorded_by, recorded_at) values (?, ?, ?, 'RECORDED', ?, true, 'EXPRESS', false, ?, 'bench', ?)""")
				.params(UUID.randomUUID(), registered.id().value(), seq, String.format(Locale.ROOT, "139%08d", seq),
						"基准测试：电话确认", Timestamp.from(Instant.now()))
				.update();
		}
		return registered;
	}

	private static byte[] pdf(String marker) throws IOException {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			doc.addPage(page);
			try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
				cs.beginText();
				cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				cs.newLineAtOffset(72, 700);
				cs.showText("summons " + Math.abs(marker.hashCode()) + " " + UUID.randomUUID());
				cs.endText();
			}
			doc.save(out);
			return out.toByteArray();
		}
	}
}
