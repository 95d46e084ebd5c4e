package org.smartcourt.service.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.casefile.CourtPdf;
import org.smartcourt.ledger.EntryType;
import org.smartcourt.ledger.Ledger;
import org.smartcourt.ledger.LedgerIndex;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.storage.DocumentType;
import org.smartcourt.storage.FileStore;
import org.smartcourt.storage.StoredFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 电子送达凭证 (在线诉讼规则 art. 31 para. 3: it has the force of a 送达回证): a PDF stating the court, case, document,
 * recipient, each channel's address and trail, the effective date and the rule that gave it. Made once the service is
 * effective, on first request, kept in the file store (which anchors it in the evidence ledger) and served from
 * there afterwards; a corrected date makes a new one.
 */
@Service
public class ServiceCertificates {

	/** The certificate's PDF and where the ledger anchors it (empty until the batch is committed). */
	public record Certificate(UUID servingId, String sha256, byte[] pdf, Optional<LedgerIndex> ledgerIndex) {
	}

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final ServiceQueries queries;
	private final ServingRepository servings;
	private final CourtPdf pdf;
	private final FileStore files;
	private final Ledger ledger;
	private final AuditTrail audit;
	private final Clock clock;

	ServiceCertificates(ServiceQueries queries, ServingRepository servings, CourtPdf pdf, FileStore files, Ledger ledger,
			AuditTrail audit, Clock clock) {
		this.queries = queries;
		this.servings = servings;
		this.pdf = pdf;
		this.files = files;
		this.ledger = ledger;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The certificate, for court staff of the case or the recipient.
	 *
	 * @throws DomainException 404 outside the reader's scope; 409 while the service has not taken effect or is not
	 *         electronic.
	 */
	@Transactional
	public Certificate certificate(Actor actor, UUID servingId) {
		queries.readable(actor, servingId);
		Serving serving = servings.lock(servingId).orElseThrow();
		if (serving.method() != ServiceMethod.ELECTRONIC || !serving.effective()) {
			throw DomainException.conflict("service-certificate-not-ready", "problem.service-certificate-not-ready.detail");
		}
		String sha256 = serving.certificateSha256();
		byte[] bytes;
		if (sha256 == null) {
			ServingView view = queries.view(actor, servingId);
			bytes = pdf.render("电子送达凭证", markdown(view));
			StoredFile stored = files.store("certificate", "电子送达凭证-" + servingId + ".pdf",
					new ByteArrayInputStream(bytes), Set.of(DocumentType.PDF));
			sha256 = stored.sha256();
			servings.update(serving.withCertificate(sha256));
		}
		else {
			bytes = read(sha256);
		}
		audit.success("service.certificate.view", "case", serving.caseId().toString());
		return new Certificate(servingId, sha256, bytes, ledger.indexOf(EntryType.STORED_FILE, sha256));
	}

	/** Where the ledger anchors the service's certificate, once it was made and the batch committed. */
	public Optional<LedgerIndex> ledgerIndexOf(Serving serving) {
		return serving.certificateSha256() == null ? Optional.empty()
				: ledger.indexOf(EntryType.STORED_FILE, serving.certificateSha256());
	}

	/** The certificate's Markdown, in the court documents' layout. */
	String markdown(ServingView v) {
		Serving s = v.serving();
		StringBuilder md = new StringBuilder();
		md.append("# ").append(v.courtName()).append("\n\n## 电子送达凭证\n\n> （").append(v.caseNumber()).append("）\n\n");
		md.append("| 项目 | 内容 |\n|---|---|\n");
		row(md, "案号", v.caseNumber());
		row(md, "送达文书", v.document().title() + (v.document().number() == null ? "" : "（" + v.document().number() + "）"));
		row(md, "受送达人", v.party().name());
		row(md, "送达方式", "电子送达");
		for (Attempt a : v.attempts()) {
			row(md, channelName(a), (a.address() == null ? "账号预留地址" : a.address())
					+ (a.addressConfirmed() ? "（受送达人确认的地址）" : "（未经确认、能够确认为本人的地址）"));
			row(md, channelName(a) + "记录", trail(a));
		}
		if (s.acknowledgedAt() != null) {
			row(md, "确认收悉", time(s.acknowledgedAt()));
		}
		if (s.provenOn() != null) {
			row(md, "受送达人证明的到达日期", s.provenOn() + "（" + s.provenReason() + "）");
		}
		row(md, "送达生效日期", s.effectiveOn().toString());
		row(md, "生效依据", s.effectiveRule().citation());
		md.append("\n本凭证依据《人民法院在线诉讼规则》第三十一条第三款制作，具有送达回证效力。")
			.append("同一内容通过多种电子方式发送的，以最先完成的有效送达时间为送达生效时间。\n\n");
		md.append("> ").append(v.courtName()).append("\n> ").append(s.effectiveOn()).append("\n");
		return md.toString();
	}

	private String trail(Attempt a) {
		StringBuilder text = new StringBuilder("发送 ").append(time(a.queuedAt()));
		if (a.sentAt() != null) {
			text.append("；发送成功 ").append(time(a.sentAt()));
		}
		if (a.openedAt() != null) {
			text.append("；已阅知 ").append(time(a.openedAt()));
		}
		if (a.failedAt() != null) {
			text.append("；失败 ").append(time(a.failedAt())).append("（").append(a.failureReason()).append("）");
		}
		return text.toString();
	}

	private static String channelName(Attempt a) {
		return switch (a.channel()) {
			case IN_APP -> "诉讼服务平台专用账号";
			case SMS -> "短信";
			case EMAIL -> "电子邮件";
			default -> a.channel().name();
		};
	}

	private String time(java.time.Instant at) {
		return TIME.format(at.atZone(clock.getZone()));
	}

	private static void row(StringBuilder md, String name, String value) {
		md.append("| ").append(name).append(" | ").append(value.replace("|", "／")).append(" |\n");
	}

	private byte[] read(String sha256) {
		try (InputStream in = files.open(sha256).orElseThrow()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
