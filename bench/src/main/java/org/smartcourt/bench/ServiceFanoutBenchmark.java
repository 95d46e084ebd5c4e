package org.smartcourt.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.PartySide;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisterCase;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.cases.TeamRole;
import org.smartcourt.organization.Staffing;
import org.smartcourt.organization.Staffing.StaffSummary;
import org.smartcourt.shared.CourtId;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

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
	private static final String PASSWORD = "Court@2026demo";

	private final Options options;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	private final JsonMapper json = JsonMapper.builder().build();

	ServiceFanoutBenchmark(Options options) {
		this.options = options;
	}

	void run() throws Exception {
		int parties = options.integer("parties", 1000);
		int runs = options.integer("runs", 3);
		System.out.println(Machine.describe());
		try (BenchApp app = BenchApp.start(options.path("dir", java.nio.file.Path.of("bench/target/run/service-fanout")),
				true, Map.of())) {
			String base = "http://127.0.0.1:" + app.port();
			JdbcClient jdbc = JdbcClient.create(app.dataSource());
			RegisteredCase registered = registerCase(app, jdbc, parties);
			String caseId = registered.id().toString();
			String judge = token(base, "judge-0104");
			String clerk = token(base, "clerk-0104");
			List<Integer> recipients = new ArrayList<>();
			for (int seq = 1; seq <= parties; seq++) {
				recipients.add(seq);
			}
			System.out.printf(Locale.ROOT, "# case %s with %d parties, each with a confirmed mobile and consent%n",
					registered.caseNumber().format(), parties);
			for (int r = 1; r <= runs; r++) {
				String documentId = recordDocument(base, caseId, judge, "传票（第" + r + "批）");
				String body = json.writeValueAsString(Map.of("documentId", documentId, "recipients", recipients,
						"channels", List.of("SMS")));
				long t0 = System.nanoTime();
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/service/cases/"
						+ caseId + "/servings")).header("Authorization", "Bearer " + clerk)
					.header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
					.timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
						HttpResponse.BodyHandlers.ofString());
				long queued = System.nanoTime() - t0;
				if (response.statusCode() != 201) {
					throw new IllegalStateException("serve answered " + response.statusCode() + ": " + response.body());
				}
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
		RegisteredCase registered = app.bean(CaseRegistry.class).register(new RegisterCase(new CourtId("220104"), "0301",
				null, Procedure.ORDINARY, "9.20.1", UUID.randomUUID(), "张三诉被告二等民间借贷纠纷", list, "litigant"));
		Staffing staffing = app.bean(Staffing.class);
		for (var member : List.of(Map.entry("judge-0104", TeamRole.RESPONSIBLE_JUDGE),
				Map.entry("clerk-0104", TeamRole.CLERK))) {
			StaffSummary staff = staffing.byUsername(member.getKey()).orElseThrow();
			jdbc.sql("""
					insert into case_team_member (id, case_id, staff_id, username, name, role, since)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), registered.id().value(), staff.id(), staff.username(), staff.name(),
						member.getValue().name(), Timestamp.from(Instant.now()))
				.update();
		}
		StaffSummary judge = staffing.byUsername("judge-0104").orElseThrow();
		jdbc.sql("update court_case set stage = 'ASSIGNED', department_id = ? where id = ?")
			.params(judge.departmentId(), registered.id().value())
			.update();
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

	private String recordDocument(String base, String caseId, String token, String title) throws Exception {
		String boundary = "bench" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Map<String, String> fields = Map.of("kind", "SUMMONS", "title", title, "signedOn",
				LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "visibility", "PARTIES");
		for (var field : fields.entrySet()) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"summons.pdf\""
				+ "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(pdf(title));
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/cases/" + caseId
				+ "/documents")).header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "application/json, application/problem+json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new IllegalStateException("document answered " + response.statusCode() + ": " + response.body());
		}
		return json.readTree(response.body()).get("id").asString();
	}

	private String token(String base, String username) throws Exception {
		String body = json.writeValueAsString(Map.of("username", username, "password", PASSWORD));
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("sign-in of " + username + ": " + response.body());
		}
		return json.readTree(response.body()).get("token").asString();
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
