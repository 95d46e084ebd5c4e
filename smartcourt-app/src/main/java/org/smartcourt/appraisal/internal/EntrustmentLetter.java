package org.smartcourt.appraisal.internal;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.smartcourt.casefile.CourtPdf;
import org.smartcourt.storage.DocumentType;
import org.smartcourt.storage.FileStore;
import org.smartcourt.storage.StoredFile;
import org.springframework.stereotype.Component;

/**
 * The 委托书 (证据规定 art. 32 para. 3: 鉴定事项、鉴定范围、鉴定目的和鉴定期限), typeset with the court fonts and kept in the
 * file store, which anchors it in the evidence ledger.
 */
@Component
class EntrustmentLetter {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final CourtPdf pdf;
	private final FileStore files;

	EntrustmentLetter(CourtPdf pdf, FileStore files) {
		this.pdf = pdf;
		this.files = files;
	}

	StoredFile issue(String courtName, Entrustment e, String caseTitle, String fieldName, Institution institution,
			String via, int round, LocalDate on) {
		String period = (e.complex() ? "六十" : "三十") + "个工作日";
		String markdown = """
				# %s

				## 委托鉴定书

				> %s 鉴定委托第%d次

				%s：

				本院受理的%s（%s）一案，依照《中华人民共和国民事诉讼法》第七十九条、《最高人民法院关于民事诉讼证据的若干规定》第三十二条的规定，委托你单位进行司法鉴定。鉴定机构经%s确定（《人民法院对外委托司法鉴定管理规定》第十条）。

				| 项目 | 内容 |
				| --- | --- |
				| 鉴定事项 | %s |
				| 鉴定范围 | %s |
				| 鉴定目的 | %s |
				| 鉴定类别 | %s |
				| 鉴定期限 | 自你单位接受委托之日起%s内出具鉴定意见书（%s） |
				| 鉴定材料 | %s（已于%s经当事人质证，证据规定第三十四条） |

				请你单位收到本委托书后签署承诺书（证据规定第三十三条），并在本院鉴定平台答复是否接受委托。需要补充材料的，请通过平台提出，等待补充材料的时间不计入鉴定期限。鉴定期限届满前确需延长的，应当书面申请。未在期限内出具鉴定书又无正当理由的，当事人可以申请另行委托鉴定人，已收取的鉴定费用应当退还（证据规定第三十五条）。

				> %s
				> %s
				""".formatted(courtName, e.caseNumber(), round, institution.name(), e.caseNumber(), caseTitle,
				"DRAWN".equals(via) ? "随机摇号" : "当事人协商一致", cell(e.matter()), cell(e.scope()), cell(e.purpose()),
				fieldName, period,
				"《最高人民法院关于人民法院民事诉讼中委托鉴定审查工作若干问题的规定》第十三条", cell(e.materials()),
				DAY.format(e.materialsExaminedOn()), courtName, DAY.format(on));
		byte[] bytes = pdf.render("委托鉴定书 " + e.caseNumber(), markdown);
		return files.store("letter", "委托鉴定书-" + e.caseNumber() + "-" + round + ".pdf",
				new ByteArrayInputStream(bytes), Set.of(DocumentType.PDF));
	}

	private static String cell(String text) {
		return text.replace("|", "｜").replace("\n", " ");
	}
}
