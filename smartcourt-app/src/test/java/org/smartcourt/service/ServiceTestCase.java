package org.smartcourt.service;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.smartcourt.casefile.catalogue.SampleFiles;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.organization.Staffing;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.TestApi;
import org.smartcourt.testing.TestApi.Response;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A 朝阳区 case in {@code judge-0104}'s hands (张三 seq 1 filed by demo user {@code litigant}, agent 赵律师 seq 2, 李四
 * seq 3) with a document for the parties, and the calls the service tests make.
 */
record ServiceTestCase(TestApi api, JdbcClient jdbc, RegisteredCase registered) {

	static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");

	static ServiceTestCase create(TestApi api, CaseRegistry registry, Staffing staffing, JdbcClient jdbc,
			Procedure procedure) {
		RegisteredCase c = new CaseFixtures(registry, staffing, jdbc).registerAssigned(CaseFixtures.CHAOYANG, procedure,
				"litigant", "judge-0104", "assistant-0104", "clerk-0104");
		return new ServiceTestCase(api, jdbc, c);
	}

	String caseId() {
		return registered.id().toString();
	}

	/** Records a document for the parties with a PDF; returns its id. */
	String document(String kind, String title) throws Exception {
		Response recorded = api.upload("/api/v1/cases/" + caseId() + "/documents", api.token("judge-0104"), "file",
				title + ".pdf", SampleFiles.pdf(1, kind),
				Map.of("kind", kind, "title", title, "signedOn", LocalDate.now(COURT_ZONE).toString(), "visibility",
						"PARTIES"));
		if (recorded.status() != 201) {
			throw new AssertionError(recorded.body());
		}
		return recorded.json().get("id").asString();
	}

	Response confirmAddress(String user, int seq, Map<String, Object> body) {
		return api.post("/api/v1/service/cases/" + caseId() + "/parties/" + seq + "/address", api.token(user), body);
	}

	Response serve(String user, String documentId, List<Integer> recipients, List<String> channels) {
		return api.post("/api/v1/service/cases/" + caseId() + "/servings", api.token(user),
				Map.of("documentId", documentId, "recipients", recipients, "channels", channels));
	}

	Response serving(String user, String id) {
		return api.get("/api/v1/service/servings/" + id, api.token(user));
	}

	/** Waits (the delivery reports are handled after their transaction) until the service shows {@code status}. */
	Response awaitStatus(String id, String status) throws InterruptedException {
		Response last = null;
		for (int i = 0; i < 100; i++) {
			last = serving("clerk-0104", id);
			if (status.equals(last.json().get("status").asString())) {
				return last;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("service " + id + " never became " + status + ": " + last.body());
	}

	/** Waits until every channel of the service has its 发送成功 record. */
	Response awaitSent(String id) throws InterruptedException {
		return await(() -> {
			var attempts = serving("clerk-0104", id).json().get("attempts");
			for (int i = 0; i < attempts.size(); i++) {
				if (attempts.get(i).get("sentAt").isNull()) {
					return false;
				}
			}
			return true;
		}, id);
	}

	Response await(BooleanSupplier condition, String id) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < end) {
			if (condition.getAsBoolean()) {
				return serving("clerk-0104", id);
			}
			Thread.sleep(100);
		}
		throw new AssertionError("condition never held for " + id);
	}

	long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	static LocalDate today() {
		return LocalDate.now(COURT_ZONE);
	}
}
