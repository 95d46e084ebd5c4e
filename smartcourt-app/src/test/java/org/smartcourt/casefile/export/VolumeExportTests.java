package org.smartcourt.casefile.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcourt.casefile.catalogue.CasefileClient.eventually;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcourt.casefile.catalogue.CasefileClient;
import org.smartcourt.casefile.catalogue.ExportedVolume;
import org.smartcourt.casefile.catalogue.ExportedVolume.Bookmark;
import org.smartcourt.casefile.catalogue.SampleFiles;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.organization.Staffing;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.smartcourt.testing.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The exported 正卷: a cover with the 案号 and page total, a 卷内目录 whose page numbers are those stamped on the
 * material pages, images turned into pages, and bookmarks that match the catalogue (one per category, one per
 * material at its first page).
 */
@IntegrationTest
class VolumeExportTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Test
	void bookmarksTocAndPageNumbersMatchTheCatalogue() throws Exception {
		TestApi api = new TestApi(port);
		CasefileClient casefile = new CasefileClient(api);
		RegisteredCase c = new CaseFixtures(registry, staffing, jdbc).registerAssigned(CaseFixtures.CHAOYANG,
				Procedure.SIMPLIFIED, "litigant", "judge-0104", "assistant-0104", "clerk-0104");
		String caseId = c.id().toString();
		String judge = api.token("judge-0104");
		String litigant = api.token("litigant");
		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

		assertThat(casefile.uploadCourt(caseId, judge, "COMPLAINT", "民事起诉状", true, "complaint.pdf",
				SampleFiles.pdf(2, "complaint")).status()).isEqualTo(201);
		assertThat(casefile.submitEvidence(caseId, litigant, "借条照片", "证明借贷关系", "iou.png",
				SampleFiles.png(800, 400)).status()).isEqualTo(201);
		assertThat(casefile.submitEvidence(caseId, litigant, "还款协议扫描件", "证明约定还款期限", "scan.tif",
				SampleFiles.tiff(3)).status()).isEqualTo(201);
		assertThat(casefile.submitEvidence(caseId, litigant, "通话录音", "证明被告承认借款", "call.mp3",
				("ID3" + java.util.UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII)).status()).isEqualTo(201);
		assertThat(casefile.submitEvidence(caseId, litigant, "转账凭证", "证明交付借款", "transfer.pdf",
				SampleFiles.pdf(4, "transfer")).status()).isEqualTo(201);
		Response summons = api.upload("/api/v1/cases/" + caseId + "/documents", judge, "file", "传票.pdf",
				SampleFiles.pdf(1, "summons"), Map.of("kind", "SUMMONS", "title", "传票", "signedOn", today,
						"visibility", "PARTIES"));
		assertThat(summons.status()).as(summons.body()).isEqualTo(201);
		assertThat(api.post("/api/v1/cases/" + caseId + "/documents/" + summons.json().get("id").asString()
				+ "/service", judge, Map.of("partySeq", 3, "method", "ELECTRONIC", "countedOn", today)).status())
			.isEqualTo(201);

		List<JsonNode> main = eventually(() -> {
			JsonNode volume = api.get("/api/v1/cases/" + caseId + "/materials", judge).json().get("volumes").get(0);
			List<JsonNode> m = new ArrayList<>();
			volume.get("materials").forEach(m::add);
			if (m.size() != 8) {
				throw new AssertionError("catalogue so far: " + volume);
			}
			return m;
		});
		assertThat(main).extracting(m -> m.get("category").asString())
			.containsExactly("FILING_RECORD", "COMPLAINT", "EVIDENCE", "EVIDENCE", "EVIDENCE", "EVIDENCE", "SUMMONS",
					"SERVICE_RECEIPT");
		assertThat(main).extracting(m -> m.get("pageCount").asInt()).containsExactly(1, 2, 1, 3, 0, 4, 1, 1);

		long started = System.nanoTime();
		HttpResponse<byte[]> exported = casefile.bytes("/api/v1/cases/" + caseId + "/casefile/main.pdf", judge);
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertThat(exported.statusCode()).isEqualTo(200);
		assertThat(exported.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		ExportedVolume pdf = ExportedVolume.read(exported.body());
		System.out.println("exported 正卷 of " + pdf.pages() + " pages in " + millis + " ms");

		int tocPages = 1;
		int materialPages = main.stream().mapToInt(m -> m.get("pageCount").asInt()).sum();
		assertThat(pdf.pages()).as("cover, 卷内目录, then every material page; images became pages")
			.isEqualTo(1 + tocPages + materialPages);

		String cover = pdf.pageTexts().get(0);
		assertThat(cover).contains(c.caseNumber().format()).contains("正卷").contains("长春市朝阳区人民法院")
			.contains("本卷共 " + materialPages + " 页").contains(staffing.byUsername("judge-0104").orElseThrow().name())
			.contains("张三").contains("李四");

		// expected numbering from the catalogue
		Map<String, List<String>> byCategory = new LinkedHashMap<>();
		List<Integer> firstPdfPage = new ArrayList<>();
		List<String> tocLabels = new ArrayList<>();
		int next = 1;
		for (JsonNode m : main) {
			int pages = m.get("pageCount").asInt();
			byCategory.computeIfAbsent(m.get("categoryName").asString(), k -> new ArrayList<>()).add(m.get("title").asString());
			firstPdfPage.add(pages == 0 ? 1 : 1 + tocPages + next - 1);
			tocLabels.add(pages == 0 ? "—" : pages == 1 ? Integer.toString(next) : next + "-" + (next + pages - 1));
			next += pages;
		}

		List<Bookmark> bookmarks = pdf.bookmarks();
		assertThat(bookmarks).extracting(Bookmark::title).containsExactlyElementsOf(byCategory.keySet());
		List<Bookmark> children = bookmarks.stream().flatMap(b -> b.children().stream()).toList();
		assertThat(children).extracting(Bookmark::title)
			.containsExactlyElementsOf(main.stream().map(m -> m.get("title").asString()).toList());
		assertThat(children).extracting(Bookmark::page).containsExactlyElementsOf(firstPdfPage);
		for (Bookmark b : bookmarks) {
			assertThat(b.page()).as(b.title() + " opens at its first material").isEqualTo(b.children().get(0).page());
		}

		String toc = pdf.pageTexts().get(1);
		assertThat(toc).contains("卷内目录");
		for (int i = 0; i < main.size(); i++) {
			String title = main.get(i).get("title").asString();
			// a long title is cut to its column with 「…」
			String start = title.substring(0, Math.min(8, title.length()));
			String line = toc.lines().filter(l -> l.contains(start)).findFirst().orElseThrow(() -> new AssertionError(
					"卷内目录 has no line for " + title + ":\n" + toc));
			assertThat(line).as("卷内目录 row of " + title).contains(" " + tocLabels.get(i) + " ");
		}
		assertThat(toc).contains("音视频资料，不编页").contains("图片转为页面").contains("系统生成页");

		// the stamped numbers are those the 卷内目录 gives, and imported pages keep their text
		for (int number = 1; number <= materialPages; number++) {
			String page = pdf.pageTexts().get(1 + tocPages + number - 1);
			assertThat(page.strip().lines().toList()).as("page " + number).contains(Integer.toString(number));
		}
		assertThat(pdf.pageTexts().get(2)).as("the registration record's generated page").contains("案件受理登记")
			.contains(c.caseNumber().format());
		assertThat(pdf.pageTexts().get(3)).contains("complaint-page-1");
		assertThat(pdf.pageTexts().get(4)).contains("complaint-page-2");
		int transfer = firstPdfPage.get(5);
		assertThat(pdf.pageTexts().get(transfer)).contains("transfer-page-1");
		assertThat(pdf.pageTexts().get(transfer + 3)).contains("transfer-page-4");
		int receipt = firstPdfPage.get(7);
		assertThat(pdf.pageTexts().get(receipt)).contains("送达回证").contains("李四");
	}

	@Test
	void aFiveHundredPageVolumeExportsWhole() throws Exception {
		TestApi api = new TestApi(port);
		CasefileClient casefile = new CasefileClient(api);
		RegisteredCase c = new CaseFixtures(registry, staffing, jdbc).registerAssigned(CaseFixtures.CHAOYANG,
				Procedure.SIMPLIFIED, "litigant", "judge-0104", "assistant-0104", "clerk-0104");
		String caseId = c.id().toString();
		String litigant = api.token("litigant");
		for (int i = 0; i < 5; i++) {
			assertThat(casefile.submitEvidence(caseId, litigant, "银行流水第" + (i + 1) + "册", "证明资金往来",
					"bank" + i + ".pdf", SampleFiles.pdf(100, "bank" + i)).status()).isEqualTo(201);
		}
		String judge = api.token("judge-0104");
		long started = System.nanoTime();
		HttpResponse<byte[]> exported = casefile.bytes("/api/v1/cases/" + caseId + "/casefile/main.pdf", judge);
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertThat(exported.statusCode()).isEqualTo(200);
		ExportedVolume pdf = ExportedVolume.read(exported.body());
		System.out.println("exported 正卷 of " + pdf.pages() + " pages (" + exported.body().length / 1024 + " KiB) in "
				+ millis + " ms");
		assertThat(pdf.pages()).isEqualTo(1 + 1 + 1 + 500);
		assertThat(pdf.bookmarks().get(1).children()).hasSize(5);
		assertThat(pdf.pageTexts().get(502)).contains("bank4-page-100").contains("501");
	}
}
