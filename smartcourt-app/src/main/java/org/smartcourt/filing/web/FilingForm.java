package org.smartcourt.filing.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.smartcourt.filing.FilingContent;
import org.smartcourt.filing.FilingKind;
import org.smartcourt.filing.PartyRole;
import org.smartcourt.filing.PartyType;
import org.smartcourt.filing.RequestedProcedure;

/**
 * The filing wizard's form: the application as editable text fields. Amounts are typed in 元 and kept exact; one
 * that is not a number with at most two decimals is reported, never guessed.
 */
public class FilingForm {

	private String targetCourt;
	private boolean crossDomain;
	private String receivingCourt;
	private FilingKind kind = FilingKind.CIVIL;
	private RequestedProcedure procedure = RequestedProcedure.ORDINARY;
	private String causeCode;
	private String earlierCaseNumber;
	private List<PartyForm> parties = new ArrayList<>();
	private List<ClaimForm> claims = new ArrayList<>();
	private String factsAndReasons;
	private List<EvidenceForm> evidence = new ArrayList<>();

	/** A party row. */
	public static class PartyForm {
		private PartyRole role = PartyRole.DEFENDANT;
		private PartyType type = PartyType.NATURAL_PERSON;
		private String name;
		private String idNumber;
		private String creditCode;
		private String representative;
		private String address;
		private String phone;
		private boolean hasAgent;
		private boolean agentLawyer = true;
		private String agentName;
		private String agentLicense;
		private String agentFirm;
		private String agentPhone;

		public PartyRole getRole() { return role; }
		public void setRole(PartyRole role) { this.role = role; }
		public PartyType getType() { return type; }
		public void setType(PartyType type) { this.type = type; }
		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public String getIdNumber() { return idNumber; }
		public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
		public String getCreditCode() { return creditCode; }
		public void setCreditCode(String creditCode) { this.creditCode = creditCode; }
		public String getRepresentative() { return representative; }
		public void setRepresentative(String representative) { this.representative = representative; }
		public String getAddress() { return address; }
		public void setAddress(String address) { this.address = address; }
		public String getPhone() { return phone; }
		public void setPhone(String phone) { this.phone = phone; }
		public boolean isHasAgent() { return hasAgent; }
		public void setHasAgent(boolean hasAgent) { this.hasAgent = hasAgent; }
		public boolean isAgentLawyer() { return agentLawyer; }
		public void setAgentLawyer(boolean agentLawyer) { this.agentLawyer = agentLawyer; }
		public String getAgentName() { return agentName; }
		public void setAgentName(String agentName) { this.agentName = agentName; }
		public String getAgentLicense() { return agentLicense; }
		public void setAgentLicense(String agentLicense) { this.agentLicense = agentLicense; }
		public String getAgentFirm() { return agentFirm; }
		public void setAgentFirm(String agentFirm) { this.agentFirm = agentFirm; }
		public String getAgentPhone() { return agentPhone; }
		public void setAgentPhone(String agentPhone) { this.agentPhone = agentPhone; }
	}

	/** A claim row; the amount in 元 as typed. */
	public static class ClaimForm {
		private String text;
		private String amount;

		public String getText() { return text; }
		public void setText(String text) { this.text = text; }
		public String getAmount() { return amount; }
		public void setAmount(String amount) { this.amount = amount; }
	}

	/** An evidence row. */
	public static class EvidenceForm {
		private String name;
		private String source;
		private String purpose;

		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public String getSource() { return source; }
		public void setSource(String source) { this.source = source; }
		public String getPurpose() { return purpose; }
		public void setPurpose(String purpose) { this.purpose = purpose; }
	}

	public static FilingForm of(FilingContent c) {
		FilingForm form = new FilingForm();
		form.targetCourt = c.targetCourt();
		form.crossDomain = c.isCrossDomain();
		form.receivingCourt = c.receivingCourt();
		form.kind = c.kind();
		form.procedure = c.procedure();
		form.causeCode = c.causeCode();
		form.earlierCaseNumber = c.earlierCaseNumber();
		for (FilingContent.Party p : c.parties()) {
			PartyForm row = new PartyForm();
			row.role = p.role();
			row.type = p.type();
			row.name = p.name();
			row.idNumber = p.idNumber();
			row.creditCode = p.creditCode();
			row.representative = p.representative();
			row.address = p.address();
			row.phone = p.phone();
			if (!p.agents().isEmpty()) {
				FilingContent.Agent a = p.agents().get(0);
				row.hasAgent = true;
				row.agentLawyer = a.lawyer();
				row.agentName = a.name();
				row.agentLicense = a.licenseNumber();
				row.agentFirm = a.lawFirm();
				row.agentPhone = a.phone();
			}
			form.parties.add(row);
		}
		for (FilingContent.Claim claim : c.claims()) {
			ClaimForm row = new ClaimForm();
			row.text = claim.text();
			row.amount = claim.amountFen() == null ? null
					: BigDecimal.valueOf(claim.amountFen()).movePointLeft(2).toPlainString();
			form.claims.add(row);
		}
		form.factsAndReasons = c.factsAndReasons();
		for (FilingContent.EvidenceItem e : c.evidence()) {
			EvidenceForm row = new EvidenceForm();
			row.name = e.name();
			row.source = e.source();
			row.purpose = e.purpose();
			form.evidence.add(row);
		}
		return form;
	}

	/**
	 * The content this form describes, keeping the attachments already on the application.
	 *
	 * @param badAmounts receives the indexes of claims whose amount is not a valid number.
	 */
	public FilingContent toContent(List<FilingContent.Attachment> attachments, List<Integer> badAmounts) {
		List<FilingContent.Party> partyList = new ArrayList<>();
		for (PartyForm p : parties) {
			if (blank(p.name) && blank(p.idNumber) && blank(p.creditCode) && blank(p.address)) {
				continue;
			}
			List<FilingContent.Agent> agents = p.hasAgent ? List.of(new FilingContent.Agent(p.agentLawyer,
					trim(p.agentName), trim(p.agentLicense), trim(p.agentFirm), trim(p.agentPhone), null)) : List.of();
			partyList.add(new FilingContent.Party(p.role, p.type, trim(p.name), upper(p.idNumber), upper(p.creditCode),
					trim(p.representative), trim(p.address), trim(p.phone), agents));
		}
		List<FilingContent.Claim> claimList = new ArrayList<>();
		for (int i = 0; i < claims.size(); i++) {
			ClaimForm claim = claims.get(i);
			if (blank(claim.text) && blank(claim.amount)) {
				continue;
			}
			Long fen = null;
			if (!blank(claim.amount)) {
				try {
					BigDecimal yuan = new BigDecimal(claim.amount.trim().replace(",", "").replace("，", ""));
					fen = yuan.movePointRight(2).longValueExact();
				}
				catch (NumberFormatException | ArithmeticException ex) {
					badAmounts.add(claimList.size());
				}
			}
			claimList.add(new FilingContent.Claim(trim(claim.text), fen));
		}
		List<FilingContent.EvidenceItem> evidenceList = evidence.stream()
			.filter(e -> !blank(e.name) || !blank(e.source) || !blank(e.purpose))
			.map(e -> new FilingContent.EvidenceItem(trim(e.name), trim(e.source), trim(e.purpose)))
			.toList();
		return new FilingContent(trim(targetCourt), crossDomain ? trim(receivingCourt) : null, kind, procedure,
				trim(causeCode), partyList, claimList, trim(factsAndReasons), evidenceList, attachments,
				kind != null && kind.isAppeal() ? trim(earlierCaseNumber) : null);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String trim(String s) {
		return blank(s) ? null : s.trim();
	}

	private static String upper(String s) {
		return blank(s) ? null : s.trim().toUpperCase(java.util.Locale.ROOT);
	}

	public String getTargetCourt() { return targetCourt; }
	public void setTargetCourt(String targetCourt) { this.targetCourt = targetCourt; }
	public boolean isCrossDomain() { return crossDomain; }
	public void setCrossDomain(boolean crossDomain) { this.crossDomain = crossDomain; }
	public String getReceivingCourt() { return receivingCourt; }
	public void setReceivingCourt(String receivingCourt) { this.receivingCourt = receivingCourt; }
	public FilingKind getKind() { return kind; }
	public void setKind(FilingKind kind) { this.kind = kind; }
	public RequestedProcedure getProcedure() { return procedure; }
	public void setProcedure(RequestedProcedure procedure) { this.procedure = procedure; }
	public String getEarlierCaseNumber() { return earlierCaseNumber; }
	public void setEarlierCaseNumber(String earlierCaseNumber) { this.earlierCaseNumber = earlierCaseNumber; }
	public String getCauseCode() { return causeCode; }
	public void setCauseCode(String causeCode) { this.causeCode = causeCode; }
	public List<PartyForm> getParties() { return parties; }
	public void setParties(List<PartyForm> parties) { this.parties = parties; }
	public List<ClaimForm> getClaims() { return claims; }
	public void setClaims(List<ClaimForm> claims) { this.claims = claims; }
	public String getFactsAndReasons() { return factsAndReasons; }
	public void setFactsAndReasons(String factsAndReasons) { this.factsAndReasons = factsAndReasons; }
	public List<EvidenceForm> getEvidence() { return evidence; }
	public void setEvidence(List<EvidenceForm> evidence) { this.evidence = evidence; }
}
