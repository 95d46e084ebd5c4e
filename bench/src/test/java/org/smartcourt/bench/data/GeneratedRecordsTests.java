package org.smartcourt.bench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcourt.appraisal.internal.EntrustmentViews;
import org.smartcourt.bench.BenchApp;
import org.smartcourt.cases.CaseId;
import org.smartcourt.mediation.MediationKind;
import org.smartcourt.mediation.MediationStatus;
import org.smartcourt.mediation.internal.MediationClock;
import org.smartcourt.mediation.internal.MediationDetail;
import org.smartcourt.mediation.internal.Mediations;
import org.smartcourt.preservation.PreservationId;
import org.smartcourt.preservation.internal.Application;
import org.smartcourt.preservation.internal.Measure;
import org.smartcourt.preservation.internal.PreservationClocks;
import org.smartcourt.preservation.internal.PreservationStore;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small province generated into embedded PostgreSQL (every consistency check must pass), then read back through
 * the app itself: its mediation service, preservation store, appraisal views, their APIs and pages, so that the
 * generated mediation, preservation and appraisal records are known to show as the app's own.
 */
class GeneratedRecordsTests {

	private static final String PASSWORD = "Court@2026demo";
	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@TempDir
	static Path directory;

	private static BenchApp app;
	private static final HttpClient HTTP = HttpClient.newHttpClient();
	private static final JsonMapper JSON = JsonMapper.builder().build();

	@BeforeAll
	static void generate() throws Exception {
		GenerationPlan plan = new GenerationPlan("records", 3_000, 1, GenerateCommand.DEFAULT_SEED,
				GenerationPlan.DEFAULT_AS_OF);
		assertThat(GenerateCommand.generate(plan, directory)).as("generate and check").isZero();
		app = BenchApp.start(directory, false, Map.of());
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
	}

	@Test
	void theAppReadsAGeneratedPreSuitMediation() throws Exception {
		List<String> row = first("""
				select c.id, c.case_number from court_case c where c.type_code = '民诉前调' and c.stage = 'IN_TRIAL'
				 order by c.case_number limit 1""");
		List<MediationDetail> found = app.bean(Mediations.class).onCase(new CaseId(UUID.fromString(row.get(0))));
		assertThat(found).singleElement().satisfies(m -> {
			assertThat(m.kind()).isEqualTo(MediationKind.PRE_SUIT);
			assertThat(m.status()).isEqualTo(MediationStatus.MEDIATING);
			assertThat(m.caseNumber()).isEqualTo(row.get(1));
			assertThat(m.filingId()).isNotNull();
			assertThat(m.mediatorName()).isNotBlank();
			assertThat(m.dueOn()).isEqualTo(app.bean(MediationClock.class)
				.period(MediationKind.PRE_SUIT, null, m.acceptedOn()).date());
			assertThat(m.parties()).hasSizeGreaterThanOrEqualTo(2);
			assertThat(m.assignments()).singleElement().satisfies(a -> {
				assertThat(a.outcome()).isEqualTo("ACCEPTED");
				assertThat(a.mediatorId()).isEqualTo(m.mediatorId());
			});
		});
	}

	@Test
	void aDemoCourtKeepsItsMediatorsAndItsFilingClerkSeesTheGeneratedMediations() throws Exception {
		List<String> numbers = column("select case_number from mediation where court_id = '220104' order by 1");
		assertThat(numbers).isNotEmpty();
		assertThat(column("select name from mediator where court_id = '220104' order by name"))
			.containsExactlyInAnyOrder("何调解", "尤调解");
		JsonNode list = JSON.readTree(api("filing-clerk-0104", "/api/v1/mediation/mediations"));
		List<String> listed = new ArrayList<>();
		list.forEach(v -> listed.add(v.get("mediation").get("caseNumber").asString()));
		assertThat(listed).containsAll(numbers);
	}

	@Test
	void theAppReadsAGeneratedPreservationThroughItsStoreApiAndPage() throws Exception {
		List<String> row = first("""
				select a.id, a.court_id, a.review_case_number from preservation_application a
				 where a.status in ('ENFORCED', 'LIFTED') order by a.review_case_number limit 1""");
		Application a = app.bean(PreservationStore.class).find(new PreservationId(UUID.fromString(row.get(0))))
			.orElseThrow();
		assertThat(a.preSuit()).isTrue();
		assertThat(a.reviewCase().number()).isEqualTo(row.get(2));
		assertThat(a.security().amount()).isEqualTo(a.amount());
		assertThat(a.properties()).isNotEmpty();
		assertThat(a.measures()).isNotEmpty();
		for (Measure m : a.measures()) {
			assertThat(m.expiryDate())
				.isEqualTo(app.bean(PreservationClocks.class).expiry(m.objectKind(), m.startDate()).day());
		}
		assertThat(a.events()).first().extracting(Application.Event::kind).isEqualTo("APPLIED");
		String judge = "bench-judge-" + row.get(1) + "-1";
		JsonNode answer = JSON.readTree(api(judge, "/api/v1/preservation/applications/" + row.get(0)));
		assertThat(answer.get("reviewCaseNumber").asString()).isEqualTo(row.get(2));
		assertThat(page(judge, "/preservation/" + row.get(0))).contains(row.get(2));
	}

	@Test
	void theAppShowsAGeneratedEntrustmentAndReplaysItsDraw() throws Exception {
		List<String> row = first("""
				select e.id, e.case_id, e.court_id, e.case_number, d.id from appraisal_entrustment e
				  join appraisal_draw d on d.entrustment_id = e.id order by e.case_number limit 1""");
		assertThat(app.bean(EntrustmentViews.class).ofCase(new CaseId(UUID.fromString(row.get(1)))))
			.singleElement()
			.satisfies(l -> assertThat(l.institution()).isNotBlank());
		String judge = "bench-judge-" + row.get(2) + "-1";
		JsonNode entrustment = JSON.readTree(api(judge, "/api/v1/appraisal/entrustments/" + row.get(0)));
		assertThat(entrustment.get("caseNumber").asString()).isEqualTo(row.get(3));
		assertThat(entrustment.get("institution").asString()).isNotBlank();
		JsonNode replay = JSON.readTree(api(judge,
				"/api/v1/appraisal/entrustments/" + row.get(0) + "/draws/" + row.get(4) + "/replay"));
		assertThat(replay.get("matches").asBoolean()).as(replay.toString()).isTrue();
		assertThat(page(judge, "/appraisal/" + row.get(0))).contains(row.get(3));
	}

	private static List<String> first(String sql) throws SQLException {
		try (Connection c = app.dataSource().getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(sql)) {
			assertThat(rs.next()).as(sql).isTrue();
			List<String> row = new ArrayList<>();
			for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
				row.add(rs.getString(i));
			}
			return row;
		}
	}

	private static List<String> column(String sql) throws SQLException {
		List<String> out = new ArrayList<>();
		try (Connection c = app.dataSource().getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(sql)) {
			while (rs.next()) {
				out.add(rs.getString(1));
			}
		}
		return out;
	}

	private static String base() {
		return "http://127.0.0.1:" + app.port();
	}

	/** GETs JSON from the API as a demo or bench user; the answer must be 200. */
	private static String api(String username, String path) throws Exception {
		HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("username", username,
					"password", PASSWORD))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
		HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(base() + path))
			.header("Authorization", "Bearer " + JSON.readTree(token.body()).get("token").asString())
			.header("Accept", "application/json")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
		return answer.body();
	}

	/** GETs a page after signing in through the login form; the answer must be 200. */
	private static String page(String username, String path) throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(form.body());
		String body = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ (csrf.find() ? URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) : "");
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(base() + path))
			.header("Accept", "text/html")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
		return answer.body();
	}
}
