package org.smartcourt.filing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.smartcourt.accounts.MobileNumber;
import org.smartcourt.accounts.ResidentIdNumber;
import org.smartcourt.accounts.UnifiedSocialCreditCode;
import org.smartcourt.catalogue.Causes;
import org.smartcourt.filing.AttachmentKind;
import org.smartcourt.filing.FilingCheckResult;
import org.smartcourt.filing.FilingCheckResult.ChecklistItem;
import org.smartcourt.filing.FilingContent;
import org.smartcourt.filing.FilingContent.Party;
import org.smartcourt.filing.FilingKind;
import org.smartcourt.filing.PartyRole;
import org.smartcourt.filing.PartyType;
import org.smartcourt.filing.RequestedProcedure;
import org.smartcourt.organization.CourtLevel;
import org.smartcourt.organization.Courts;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.smartcourt.shared.Role;
import org.springframework.stereotype.Component;

/**
 * 预检: checks an application field by field the way a filing clerk would, so the filer sees every problem in plain
 * Chinese before submitting, and builds the materials checklist (起诉状, 身份证明, 授权委托书 …).
 */
@Component
public class FilingChecks {

	static final long MAX_AMOUNT_FEN = 1_000_000_000_000_00L;
	private static final java.util.regex.Pattern LAWYER_LICENSE = java.util.regex.Pattern.compile("\\d{17}");

	private final Courts courts;
	private final Causes causes;
	private final JurisdictionHints hints;
	private final EarlierCases earlierCases;

	FilingChecks(Courts courts, Causes causes, JurisdictionHints hints, EarlierCases earlierCases) {
		this.courts = courts;
		this.causes = causes;
		this.hints = hints;
		this.earlierCases = earlierCases;
	}

	/** Checks the content as filed by someone in the given role; the fee is added by the caller. */
	public FilingCheckResult check(FilingContent content, Role filerRole) {
		List<FieldProblem> problems = new ArrayList<>();
		checkCourts(content, problems);
		if (content.kind() == null) {
			problems.add(problem("kind", "required", "validation.filing.kind.required"));
		}
		else if (content.kind().isCivil()) {
			if (content.causeCode() == null || content.causeCode().isBlank()) {
				problems.add(problem("causeCode", "required", "validation.filing.cause.required"));
			}
			else if (causes.find(content.causeCode()).isEmpty()) {
				problems.add(problem("causeCode", "unknown", "validation.filing.cause.unknown"));
			}
		}
		if (content.procedure() == RequestedProcedure.SMALL_CLAIMS && content.kind() != FilingKind.CIVIL) {
			problems.add(problem("procedure", "not-civil", "validation.filing.procedure.small-claims"));
		}
		if (content.kind() != null && content.kind().isAppeal()) {
			checkEarlierCase(content, problems);
		}
		checkParties(content, problems);
		checkClaims(content, problems);
		if (content.factsAndReasons() == null || content.factsAndReasons().isBlank()) {
			problems.add(problem("factsAndReasons", "required", "validation.filing.facts.required"));
		}
		else if (content.factsAndReasons().length() > 20_000) {
			problems.add(problem("factsAndReasons", "too-long", "validation.filing.facts.too-long"));
		}
		for (int i = 0; i < content.evidence().size(); i++) {
			if (blank(content.evidence().get(i).name())) {
				problems.add(problem("evidence[" + i + "].name", "required", "validation.filing.evidence.name"));
			}
		}
		return new FilingCheckResult(problems, checklist(content, filerRole), hints.hintsFor(content), null);
	}

	private void checkCourts(FilingContent content, List<FieldProblem> problems) {
		Optional<Courts.CourtSummary> target = court(content.targetCourt());
		if (blank(content.targetCourt())) {
			problems.add(problem("targetCourt", "required", "validation.filing.court.required"));
		}
		else if (target.isEmpty() || target.get().level() == CourtLevel.TRIBUNAL) {
			problems.add(problem("targetCourt", "unknown", "validation.filing.court.unknown"));
		}
		if (!blank(content.receivingCourt())) {
			Optional<Courts.CourtSummary> receiving = court(content.receivingCourt());
			if (receiving.isEmpty() || receiving.get().level() == CourtLevel.TRIBUNAL) {
				problems.add(problem("receivingCourt", "unknown", "validation.filing.court.unknown"));
			}
			else if (content.isCrossDomain() && content.kind() == FilingKind.PRIVATE_PROSECUTION) {
				problems.add(problem("receivingCourt", "not-allowed", "validation.filing.cross-domain.kind"));
			}
			else if (content.isCrossDomain() && content.kind() != null && content.kind().isAppeal()) {
				problems.add(problem("receivingCourt", "not-allowed", "validation.filing.cross-domain.appeal"));
			}
		}
	}

	/**
	 * An appeal names the first-instance case (民事诉讼法 art. 172: 原审人民法院名称、案件的编号), a registered case of a
	 * court directly below the court appealed to (art. 171: 上一级人民法院).
	 */
	private void checkEarlierCase(FilingContent content, List<FieldProblem> problems) {
		if (blank(content.earlierCaseNumber())) {
			problems.add(problem("earlierCaseNumber", "required", "validation.filing.earlier.required"));
			return;
		}
		Optional<org.smartcourt.cases.RegisteredCase> earlier;
		try {
			earlier = earlierCases.byNumber(content.earlierCaseNumber().trim());
		}
		catch (org.smartcourt.shared.DomainException | IllegalArgumentException ex) {
			problems.add(problem("earlierCaseNumber", "invalid", "validation.filing.earlier.invalid"));
			return;
		}
		if (earlier.isEmpty()) {
			problems.add(problem("earlierCaseNumber", "unknown", "validation.filing.earlier.unknown"));
			return;
		}
		if (!EarlierCases.FIRST_INSTANCE_CIVIL.equals(earlier.get().categoryCode())) {
			problems.add(problem("earlierCaseNumber", "not-first-instance", "validation.filing.earlier.not-first-instance"));
			return;
		}
		Optional<Courts.CourtSummary> original = courts.find(earlier.get().courtId());
		if (!blank(content.targetCourt()) && original.isPresent()
				&& (original.get().parent() == null || !original.get().parent().value().equals(content.targetCourt().trim()))) {
			problems.add(problem("targetCourt", "not-higher-court", "validation.filing.earlier.court"));
		}
	}

	private void checkParties(FilingContent content, List<FieldProblem> problems) {
		boolean appeal = content.kind() != null && content.kind().isAppeal();
		if (content.partiesIn(PartyRole.PLAINTIFF).isEmpty()) {
			problems.add(problem("parties", "plaintiff-missing",
					appeal ? "validation.filing.appellant.missing" : "validation.filing.plaintiff.missing"));
		}
		if (content.partiesIn(PartyRole.DEFENDANT).isEmpty()) {
			problems.add(problem("parties", "defendant-missing",
					appeal ? "validation.filing.appellee.missing" : "validation.filing.defendant.missing"));
		}
		for (int i = 0; i < content.parties().size(); i++) {
			Party party = content.parties().get(i);
			String at = "parties[" + i + "].";
			boolean plaintiff = party.role() == PartyRole.PLAINTIFF;
			if (party.role() == null) {
				problems.add(problem(at + "role", "required", "validation.filing.party.role"));
			}
			if (party.type() == null) {
				problems.add(problem(at + "type", "required", "validation.filing.party.type"));
				continue;
			}
			if (blank(party.name()) || party.name().length() > 100) {
				problems.add(problem(at + "name", "required", "validation.filing.party.name"));
			}
			if (party.type() == PartyType.NATURAL_PERSON) {
				if (blank(party.idNumber()) ? plaintiff : !ResidentIdNumber.isValid(party.idNumber())) {
					problems.add(problem(at + "idNumber", blank(party.idNumber()) ? "required" : "checksum",
							blank(party.idNumber()) ? "validation.filing.party.id.required"
									: "validation.filing.party.id.invalid"));
				}
			}
			else {
				if (blank(party.creditCode()) ? plaintiff : !UnifiedSocialCreditCode.isValid(party.creditCode())) {
					problems.add(problem(at + "creditCode", blank(party.creditCode()) ? "required" : "checksum",
							blank(party.creditCode()) ? "validation.filing.party.credit.required"
									: "validation.filing.party.credit.invalid"));
				}
				if (plaintiff && blank(party.representative())) {
					problems.add(problem(at + "representative", "required", "validation.filing.party.representative"));
				}
			}
			// an appeal names the parties (art. 172); their addresses are in the first-instance file
			if (party.role() == PartyRole.DEFENDANT && blank(party.address())
					&& (content.kind() == null || !content.kind().isAppeal())) {
				problems.add(problem(at + "address", "required", "validation.filing.party.address"));
			}
			if (!blank(party.phone()) && !MobileNumber.isValid(party.phone())) {
				problems.add(problem(at + "phone", "invalid", "validation.filing.party.phone"));
			}
			for (int a = 0; a < party.agents().size(); a++) {
				FilingContent.Agent agent = party.agents().get(a);
				String agentAt = at + "agents[" + a + "].";
				if (blank(agent.name())) {
					problems.add(problem(agentAt + "name", "required", "validation.filing.agent.name"));
				}
				if (agent.lawyer() && (blank(agent.licenseNumber()) || !LAWYER_LICENSE.matcher(agent.licenseNumber()).matches())) {
					problems.add(problem(agentAt + "licenseNumber", "invalid", "validation.filing.agent.license"));
				}
				if (agent.lawyer() && blank(agent.lawFirm())) {
					problems.add(problem(agentAt + "lawFirm", "required", "validation.filing.agent.firm"));
				}
			}
		}
	}

	private void checkClaims(FilingContent content, List<FieldProblem> problems) {
		if (content.claims().isEmpty()) {
			problems.add(problem("claims", "required", "validation.filing.claims.required"));
		}
		for (int i = 0; i < content.claims().size(); i++) {
			FilingContent.Claim claim = content.claims().get(i);
			if (blank(claim.text()) || claim.text().length() > 1000) {
				problems.add(problem("claims[" + i + "].text", "required", "validation.filing.claim.text"));
			}
			if (claim.amountFen() != null && claim.amountFen() < 0) {
				problems.add(problem("claims[" + i + "].amount", "negative", "validation.filing.claim.negative"));
			}
			else if (claim.amountFen() != null && claim.amountFen() > MAX_AMOUNT_FEN) {
				problems.add(problem("claims[" + i + "].amount", "too-large", "validation.filing.claim.too-large"));
			}
		}
	}

	/** The materials the court expects, and whether each is attached. */
	static List<ChecklistItem> checklist(FilingContent content, Role filerRole) {
		List<ChecklistItem> items = new ArrayList<>();
		items.add(item(content, "filing.material.complaint", AttachmentKind.COMPLAINT, false));
		items.add(item(content, "filing.material.identity", AttachmentKind.IDENTITY, true));
		items.add(item(content, "filing.material.evidence", AttachmentKind.EVIDENCE, false));
		boolean represented = filerRole == Role.LAWYER
				|| content.parties().stream().anyMatch(p -> !p.agents().isEmpty());
		if (represented) {
			items.add(item(content, "filing.material.authorization", AttachmentKind.AUTHORIZATION, true));
		}
		if (filerRole == Role.LAWYER
				|| content.parties().stream().flatMap(p -> p.agents().stream()).anyMatch(FilingContent.Agent::lawyer)) {
			items.add(item(content, "filing.material.license", AttachmentKind.LAWYER_LICENSE, true));
		}
		return items;
	}

	private static ChecklistItem item(FilingContent content, String label, AttachmentKind kind, boolean required) {
		return new ChecklistItem(label, kind, required,
				content.attachments().stream().anyMatch(a -> a.kind() == kind));
	}

	private Optional<Courts.CourtSummary> court(String id) {
		if (blank(id)) {
			return Optional.empty();
		}
		try {
			return courts.find(new CourtId(id.trim()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static FieldProblem problem(String field, String code, String key) {
		return new FieldProblem(field, code, key);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
