package org.smartcourt.fees;

/**
 * What to assess.
 *
 * @param kind the kind of case or application.
 * @param amount the amount the fee depends on, or {@literal null} when there is none: 诉讼请求的金额或者价额
 * (property, IP, payment order), 执行金额, 实际保全的财产数额 or 破产财产总额.
 * @param divorceProperty 离婚案件 only: the total of the property to divide, or {@literal null}.
 * @param damages 人格权案件 only: the damages claimed, or {@literal null}.
 * @param procedure the first-instance procedure; {@literal null} means {@link Procedure#ORDINARY}.
 * @param mediation the case ended by 调解 (第十五条).
 * @param withdrawal the plaintiff withdrew (撤诉, 第十五条).
 * @param exemption a case of 第八条 that pays no 案件受理费, or {@literal null}.
 */
public record FeeRequest(CaseKind kind, Money amount, Money divorceProperty, Money damages, Procedure procedure,
		boolean mediation, boolean withdrawal, FeeExemption exemption) {

	public FeeRequest {
		if (kind == null) {
			throw new IllegalArgumentException("a fee request names the kind of case");
		}
		procedure = procedure == null ? Procedure.ORDINARY : procedure;
	}

	/** A first-instance case under the ordinary procedure, neither mediated nor withdrawn. */
	public static FeeRequest of(CaseKind kind, Money amount) {
		return new FeeRequest(kind, amount, null, null, Procedure.ORDINARY, false, false, null);
	}

	public FeeRequest withProcedure(Procedure value) {
		return new FeeRequest(kind, amount, divorceProperty, damages, value, mediation, withdrawal, exemption);
	}

	public FeeRequest withMediation() {
		return new FeeRequest(kind, amount, divorceProperty, damages, procedure, true, withdrawal, exemption);
	}

	public FeeRequest withWithdrawal() {
		return new FeeRequest(kind, amount, divorceProperty, damages, procedure, mediation, true, exemption);
	}

	public FeeRequest withExemption(FeeExemption value) {
		return new FeeRequest(kind, amount, divorceProperty, damages, procedure, mediation, withdrawal, value);
	}

	public FeeRequest withDivorceProperty(Money value) {
		return new FeeRequest(kind, amount, value, damages, procedure, mediation, withdrawal, exemption);
	}

	public FeeRequest withDamages(Money value) {
		return new FeeRequest(kind, amount, divorceProperty, value, procedure, mediation, withdrawal, exemption);
	}
}
