package org.smartcourt.preservation.internal;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.smartcourt.casefile.CourtPdf;
import org.smartcourt.organization.Courts;
import org.smartcourt.storage.DocumentType;
import org.smartcourt.storage.FileStore;
import org.smartcourt.storage.StoredFile;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The papers of a preservation, typeset by {@link CourtPdf} and kept in the {@link FileStore} (which anchors them in
 * the ledger): the 保全裁定书 (grant or dismissal) and the 保全期限告知书 that tells the applicant in writing the exact
 * expiry of each measure and how to renew (保全规定第十八条第二款).
 */
@Component
class PreservationPapers {

	static final String RULING = "RULING";
	static final String EXPIRY_NOTICE = "EXPIRY_NOTICE";
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final CourtPdf pdf;
	private final FileStore files;
	private final Courts courts;
	private final MessageSource messages;
	private final Clock clock;

	PreservationPapers(CourtPdf pdf, FileStore files, Courts courts, MessageSource messages, Clock clock) {
		this.pdf = pdf;
		this.files = files;
		this.courts = courts;
		this.messages = messages;
		this.clock = clock;
	}

	Application.Document ruling(Application a, boolean granted, String reason, List<Measure> measures) {
		String title = "民事裁定书";
		StringBuilder md = new StringBuilder();
		md.append("# ").append(courtName(a)).append("\n\n## ").append(title).append("\n\n> ")
			.append(a.rulingCase().number()).append("\n\n");
		md.append("申请人：").append(a.applicant().name()).append("，住所地／送达地址：").append(a.applicant().address())
			.append("。\n\n");
		md.append("被申请人：").append(a.respondent().name()).append("，住所地／送达地址：").append(a.respondent().address())
			.append("。\n\n");
		md.append("申请人").append(a.applicant().name()).append("于").append(day(a.filedAt().atZone(PreservationClocks.ZONE).toLocalDate()))
			.append("向本院申请").append(label(a.kind().labelKey())).append("，请求对被申请人").append(a.respondent().name())
			.append("价值人民币").append(a.amount()).append("元的财产采取保全措施。");
		if (a.security() != null) {
			md.append("申请人以").append(label(a.security().kind().labelKey())).append("提供担保，担保数额人民币")
				.append(a.security().amount()).append("元。");
		}
		else if (a.noSecurityGround() != null) {
			md.append("申请人未提供担保，依据").append(a.noSecurityGround().citation()).append("不要求提供担保。");
		}
		md.append("\n\n");
		if (granted) {
			md.append("本院认为，申请人的申请符合法律规定。依照《中华人民共和国民事诉讼法》")
				.append(a.preSuit() ? "第一百零四条" : "第一百零三条").append("、第一百零五条、第一百零六条规定，裁定如下：\n\n");
			int i = 1;
			for (Measure m : measures) {
				md.append(i++).append(". ").append(label(m.kind().labelKey())).append("被申请人").append(a.respondent().name())
					.append("的").append(label(m.objectKind().labelKey())).append("：").append(m.objectDescription());
				if (m.amount() != null) {
					md.append("，以人民币").append(m.amount()).append("元为限");
				}
				md.append("。\n");
			}
			md.append("\n案件申请费人民币").append(a.fee()).append("元（《诉讼费用交纳办法》第十四条第（二）项），由申请人负担。\n\n");
			md.append("本裁定立即开始执行。\n\n");
		}
		else {
			md.append("本院认为：").append(reason).append("\n\n依照《中华人民共和国民事诉讼法》第一百零三条、第一百零四条规定，裁定如下：\n\n")
				.append("驳回申请人").append(a.applicant().name()).append("的财产保全申请。\n\n");
		}
		md.append("如不服本裁定，可以自本裁定书送达之日起五日内向本院申请复议一次。复议期间不停止裁定的执行")
			.append("（《最高人民法院关于人民法院办理财产保全案件若干问题的规定》第二十五条、《中华人民共和国民事诉讼法》第一百一十一条）。\n\n");
		md.append("> ").append(day(LocalDate.now(clock))).append("\n");
		return store(a, RULING, "保全裁定书（" + a.rulingCase().number() + "）", title, md.toString());
	}

	Application.Document expiryNotice(Application a, List<Measure> measures) {
		String title = "保全期限告知书";
		StringBuilder md = new StringBuilder();
		md.append("# ").append(courtName(a)).append("\n\n## ").append(title).append("\n\n> ")
			.append(a.enforcementCase() == null ? a.rulingCase().number() : a.enforcementCase().number()).append("\n\n");
		md.append(a.applicant().name()).append("：\n\n本院已对被申请人").append(a.respondent().name())
			.append("的下列财产采取保全措施，保全期限届满日如下：\n\n");
		md.append("| 财产 | 措施 | 起始日 | 保全期限届满日 |\n|---|---|---|---|\n");
		for (Measure m : measures) {
			md.append("| ").append(label(m.objectKind().labelKey())).append("：").append(m.objectDescription()).append(" | ")
				.append(label(m.kind().labelKey())).append(" | ").append(day(m.startDate())).append(" | ")
				.append(day(m.expiryDate())).append(" |\n");
		}
		md.append("\n保全期限依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百八十五条确定。")
			.append("需要续行保全的，应当在保全期限届满七日前向本院提出续行保全申请；逾期申请或者不申请的，自行承担不能续行保全的法律后果")
			.append("（《最高人民法院关于人民法院办理财产保全案件若干问题的规定》第十八条）。期限届满未续行的，保全措施自动失效")
			.append("（《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第二十七条）。\n\n");
		if (a.preSuit() && a.convertedOn() == null) {
			md.append("本案为诉前保全：申请人应当在采取保全措施后三十日内依法提起诉讼或者申请仲裁，否则本院将解除保全")
				.append("（《中华人民共和国民事诉讼法》第一百零四条第三款）。\n\n");
		}
		md.append("特此告知。\n\n> ").append(day(LocalDate.now(clock))).append("\n");
		return store(a, EXPIRY_NOTICE, title + "（" + day(LocalDate.now(clock)) + "）", title, md.toString());
	}

	private Application.Document store(Application a, String kind, String title, String pdfTitle, String markdown) {
		byte[] bytes = pdf.render(pdfTitle, markdown);
		StoredFile stored = files.store("document", pdfTitle + ".pdf", new ByteArrayInputStream(bytes),
				Set.of(DocumentType.PDF));
		return new Application.Document(stored.sha256(), kind, title, clock.instant());
	}

	private String courtName(Application a) {
		return courts.find(a.court()).map(Courts.CourtSummary::name).orElse(a.court().value());
	}

	private String label(String key) {
		return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
	}

	static String day(LocalDate d) {
		return d == null ? "" : DAY.format(d);
	}
}
