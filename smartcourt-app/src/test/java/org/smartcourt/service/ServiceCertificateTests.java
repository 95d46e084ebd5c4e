package org.smartcourt.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Procedure;
import org.smartcourt.ledger.EntryType;
import org.smartcourt.ledger.Ledger;
import org.smartcourt.ledger.LedgerIndex;
import org.smartcourt.organization.Staffing;
import org.smartcourt.storage.FileStore;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 电子送达凭证: a Chinese PDF with the effective date and its rule, kept in the file store and anchored in the ledger. */
@IntegrationTest
class ServiceCertificateTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FileStore files;

	@Autowired
	Ledger ledger;

	TestApi api;

	@BeforeEach
	void setUp() {
		api = new TestApi(port);
	}

	private HttpResponse<byte[]> pdf(String path, String user) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(api.base() + path))
				.header("Authorization", "Bearer " + api.token(user))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void theCertificateStatesTheEffectiveDateAndIsStoredAndAnchored() throws Exception {
		ServiceTestCase c = ServiceTestCase.create(api, registry, staffing, jdbc, Procedure.ORDINARY);
		String summons = c.document("SUMMONS", "传票");
		c.confirmAddress("litigant", 1, Map.of("mobile", "13912345678", "consent", true));
		String id = c.serve("clerk-0104", summons, List.of(1), List.of("IN_APP", "SMS")).json().get(0).get("id").asString();
		String path = "/api/v1/service/servings/" + id + "/certificate";
		c.awaitStatus(id, "EFFECTIVE");

		HttpResponse<byte[]> litigantCopy = pdf(path, "litigant");
		assertThat(litigantCopy.statusCode()).isEqualTo(200);
		assertThat(litigantCopy.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		String text;
		try (PDDocument document = Loader.loadPDF(litigantCopy.body())) {
			text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
		}
		assertThat(text).contains("电子送达凭证", "长春市朝阳区人民法院", c.registered().caseNumber().format(), "传票", "张三",
				"送达生效日期", ServiceTestCase.today().toString(), "第一百三十五条", "13912345678", "送达回证效力");

		String sha256 = litigantCopy.headers().firstValue("X-File-Sha256").orElseThrow();
		assertThat(files.find(sha256)).isPresent();
		assertThat(anchored(sha256)).as("anchored in the ledger").isPresent();
		HttpResponse<byte[]> again = pdf(path, "clerk-0104");
		assertThat(again.headers().firstValue("X-File-Sha256")).contains(sha256);
		assertThat(again.headers().firstValue("X-Ledger-Index")).isPresent();
		assertThat(pdf(path, "lawyer").statusCode()).isEqualTo(404);
	}

	@Test
	void thereIsNoCertificateBeforeServiceTakesEffect() throws Exception {
		ServiceTestCase c = ServiceTestCase.create(api, registry, staffing, jdbc, Procedure.ORDINARY);
		String notice = c.document("NOTICE", "举证通知书");
		String id = c.serve("clerk-0104", notice, List.of(1), List.of("SMS")).json().get(0).get("id").asString();
		c.awaitSent(id);
		assertThat(pdf("/api/v1/service/servings/" + id + "/certificate", "clerk-0104").statusCode()).isEqualTo(409);
	}

	private Optional<LedgerIndex> anchored(String sha256) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			Optional<LedgerIndex> index = ledger.indexOf(EntryType.STORED_FILE, sha256);
			if (index.isPresent()) {
				return index;
			}
			Thread.sleep(100);
		}
		return Optional.empty();
	}
}
