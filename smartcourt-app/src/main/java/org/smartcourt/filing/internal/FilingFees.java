package org.smartcourt.filing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.smartcourt.catalogue.CauseOfAction;
import org.smartcourt.catalogue.Causes;
import org.smartcourt.fees.CaseKind;
import org.smartcourt.fees.CourtFees;
import org.smartcourt.fees.DerivationLine;
import org.smartcourt.fees.FeeAssessment;
import org.smartcourt.fees.FeeRequest;
import org.smartcourt.fees.Money;
import org.smartcourt.fees.Procedure;
import org.smartcourt.filing.FilingCheckResult.FeeEstimate;
import org.smartcourt.filing.FilingContent;
import org.smartcourt.filing.FilingKind;
import org.smartcourt.filing.RequestedProcedure;
import org.smartcourt.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * The 案件受理费 a filing will be asked to pay, from what it claims: which line of 《诉讼费用交纳办法》第十三条 applies
 * follows from the kind of case and its cause of action (离婚纠纷 → 离婚案件, 人格权纠纷 → 人格权案件, 劳动争议 → 劳动争议案件,
 * 知识产权 → 知识产权案件), and an amount claimed makes a civil case a property case. A private prosecution pays none
 * (the 办法 covers civil and administrative proceedings only, 第二条).
 */
@Component
class FilingFees {

	private final CourtFees fees;
	private final Causes causes;

	FilingFees(CourtFees fees, Causes causes) {
		this.fees = fees;
		this.causes = causes;
	}

	/** Whether the fee is halved under this procedure (简易程序 and 小额诉讼, 诉讼费用交纳办法 art. 16). */
	static boolean isSimplified(org.smartcourt.cases.Procedure procedure) {
		return procedure == org.smartcourt.cases.Procedure.SIMPLIFIED
				|| procedure == org.smartcourt.cases.Procedure.SMALL_CLAIMS;
	}

	/** The estimate, or empty while the application lacks what the fee depends on. */
	Optional<FeeEstimate> estimate(FilingContent content) {
		return estimate(content, request(content));
	}

	/** The fee of a registered case, under the procedure the court chose. */
	Optional<FeeEstimate> estimate(FilingContent content, boolean simplified) {
		return estimate(content, request(content, simplified ? Procedure.SIMPLE : Procedure.ORDINARY));
	}

	private Optional<FeeEstimate> estimate(FilingContent content, Optional<FeeRequest> request) {
		if (content.kind() == null) {
			return Optional.empty();
		}
		if (content.kind() == FilingKind.PRIVATE_PROSECUTION) {
			return Optional.of(new FeeEstimate(0, "0.00",
					List.of("刑事自诉案件不交纳案件受理费（《诉讼费用交纳办法》第二条：当事人进行民事诉讼、行政诉讼，应当交纳诉讼费用）")));
		}
		if (request.isEmpty()) {
			return Optional.empty();
		}
		try {
			FeeAssessment assessment = fees.assess(request.get());
			List<String> lines = new ArrayList<>();
			for (DerivationLine line : assessment.lines()) {
				lines.add(line.description() + (line.base() == null ? "" : "：" + line.base() + " 元")
						+ (line.ratePercent() == null ? "" : " × " + line.rateText()) + " = " + line.amountText()
						+ " 元（" + line.citation().text() + "）");
			}
			lines.add(assessment.roundingRule());
			return Optional.of(new FeeEstimate(assessment.total().fen(), assessment.total().toString(), lines));
		}
		catch (DomainException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The fee to open for payment when the case is registered, under the procedure the court chose (a simplified or
	 * small-claims procedure halves it, 第十六条); empty for a private prosecution or when it cannot be assessed.
	 */
	Optional<FeeAssessment> assessment(FilingContent content, boolean simplified) {
		if (content.kind() == FilingKind.PRIVATE_PROSECUTION) {
			return Optional.empty();
		}
		try {
			return request(content, simplified ? Procedure.SIMPLE : Procedure.ORDINARY).map(fees::assess);
		}
		catch (DomainException ex) {
			return Optional.empty();
		}
	}

	Optional<FeeRequest> request(FilingContent content) {
		return request(content, content.procedure() == RequestedProcedure.ORDINARY || content.procedure() == null
				? Procedure.ORDINARY : Procedure.SIMPLE);
	}

	private Optional<FeeRequest> request(FilingContent content, Procedure procedure) {
		long claimed = content.claimedAmountFen();
		if (content.kind() == FilingKind.ADMINISTRATIVE) {
			return Optional.of(FeeRequest.of(CaseKind.ADMINISTRATIVE_OTHER, null).withProcedure(procedure));
		}
		String root = rootCauseName(content.causeCode());
		String cause = content.causeCode() == null ? "" : causes.find(content.causeCode()).map(CauseOfAction::name).orElse("");
		CaseKind kind;
		Money amount = claimed > 0 ? Money.ofFen(claimed) : null;
		if (cause.contains("离婚")) {
			return Optional.of(FeeRequest.of(CaseKind.DIVORCE, null).withProcedure(procedure));
		}
		else if (root.startsWith("人格权")) {
			FeeRequest personality = FeeRequest.of(CaseKind.PERSONALITY_RIGHTS, null).withProcedure(procedure);
			return Optional.of(amount == null ? personality : personality.withDamages(amount));
		}
		else if (root.startsWith("劳动争议")) {
			kind = CaseKind.LABOUR;
			amount = null;
		}
		else if (root.startsWith("知识产权")) {
			kind = CaseKind.INTELLECTUAL_PROPERTY;
		}
		else {
			kind = amount == null ? CaseKind.OTHER_NON_PROPERTY : CaseKind.PROPERTY;
		}
		return Optional.of(FeeRequest.of(kind, amount).withProcedure(procedure));
	}

	private String rootCauseName(String code) {
		if (code == null) {
			return "";
		}
		Optional<CauseOfAction> node = causes.find(code);
		while (node.isPresent() && node.get().parentCode() != null) {
			node = causes.find(node.get().parentCode());
		}
		return node.map(CauseOfAction::name).orElse("");
	}
}
