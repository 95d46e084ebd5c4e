package org.smartcourt.filing;

import java.util.List;

/**
 * What the filer says and submits: the whole application as one document, changed as a whole while a draft.
 *
 * @param targetCourt the court with jurisdiction (管辖法院), a court id.
 * @param receivingCourt for 跨域立案 the cooperating court (协作法院) where the filer appears; {@literal null} otherwise.
 * @param kind what is filed.
 * @param procedure the procedure requested (ordinary, simple, small claims).
 * @param causeCode the cause of action (案由) code from the catalogue; civil cases only.
 * @param earlierCaseNumber for an appeal, the 案号 of the first-instance case (原审案号); {@literal null} otherwise
 *        (and in documents stored before appeals existed).
 */
public record FilingContent(String targetCourt, String receivingCourt, FilingKind kind, RequestedProcedure procedure,
		String causeCode, List<Party> parties, List<Claim> claims, String factsAndReasons, List<EvidenceItem> evidence,
		List<Attachment> attachments, String earlierCaseNumber) {

	public FilingContent {
		parties = parties == null ? List.of() : List.copyOf(parties);
		claims = claims == null ? List.of() : List.copyOf(claims);
		evidence = evidence == null ? List.of() : List.copyOf(evidence);
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	/** Content without an earlier case (anything but an appeal). */
	public FilingContent(String targetCourt, String receivingCourt, FilingKind kind, RequestedProcedure procedure,
			String causeCode, List<Party> parties, List<Claim> claims, String factsAndReasons,
			List<EvidenceItem> evidence, List<Attachment> attachments) {
		this(targetCourt, receivingCourt, kind, procedure, causeCode, parties, claims, factsAndReasons, evidence,
				attachments, null);
	}

	public static FilingContent empty() {
		return new FilingContent(null, null, FilingKind.CIVIL, RequestedProcedure.ORDINARY, null, List.of(), List.of(),
				null, List.of(), List.of());
	}

	public boolean isCrossDomain() {
		return receivingCourt != null && !receivingCourt.equals(targetCourt);
	}

	public List<Party> partiesIn(PartyRole role) {
		return parties.stream().filter(p -> p.role() == role).toList();
	}

	/** Total of the amounts claimed, in fen (分). */
	public long claimedAmountFen() {
		return claims.stream().mapToLong(c -> c.amountFen() == null ? 0 : c.amountFen()).sum();
	}

	public FilingContent withAttachments(List<Attachment> newAttachments) {
		return new FilingContent(targetCourt, receivingCourt, kind, procedure, causeCode, parties, claims,
				factsAndReasons, evidence, newAttachments, earlierCaseNumber);
	}

	/** A party (当事人) and the agents who act for it. */
	public record Party(PartyRole role, PartyType type, String name, String idNumber, String creditCode,
			String representative, String address, String phone, List<Agent> agents) {

		public Party {
			agents = agents == null ? List.of() : List.copyOf(agents);
		}

		/** "张三", or "长春某某有限公司（法定代表人：李四）". */
		public String displayName() {
			return representative == null || representative.isBlank() || type == PartyType.NATURAL_PERSON ? name
					: name + "（" + (type == PartyType.LEGAL_PERSON ? "法定代表人" : "负责人") + "：" + representative + "）";
		}
	}

	/** 诉讼代理人: a lawyer or a citizen, with the authorization document (授权委托书). */
	public record Agent(boolean lawyer, String name, String licenseNumber, String lawFirm, String phone,
			String authorizationFile) {
	}

	/** 诉讼请求, with an amount in fen when it is about money (never floating point). */
	public record Claim(String text, Long amountFen) {

		/** The amount in 元 with two decimals, or {@literal null}. */
		public String amountYuan() {
			return amountFen == null ? null : java.math.BigDecimal.valueOf(amountFen).movePointLeft(2).toPlainString();
		}
	}

	/** 证据清单 entry. */
	public record EvidenceItem(String name, String source, String purpose) {
	}

	/** A file attached to the application, by its content hash in the file store. */
	public record Attachment(AttachmentKind kind, String sha256, String name, String type, long size) {
	}
}
