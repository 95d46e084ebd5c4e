package org.smartcourt.fees.web;

import org.smartcourt.fees.FeeRequest;

/** The fields of the 诉讼费计算器 page, as typed. */
class FeeCalculatorForm {

	private String kind;
	private String amount;
	private String divorceProperty;
	private String damages;
	private String procedure = "ordinary";
	private boolean mediation;
	private boolean withdrawal;
	private String exemption;

	boolean submitted() {
		return kind != null;
	}

	FeeRequest toFeeRequest() {
		return FeeQuoteParser.parse(kind, amount, null, divorceProperty, damages, procedure, mediation, withdrawal,
				exemption);
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getAmount() {
		return amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public String getDivorceProperty() {
		return divorceProperty;
	}

	public void setDivorceProperty(String divorceProperty) {
		this.divorceProperty = divorceProperty;
	}

	public String getDamages() {
		return damages;
	}

	public void setDamages(String damages) {
		this.damages = damages;
	}

	public String getProcedure() {
		return procedure;
	}

	public void setProcedure(String procedure) {
		this.procedure = procedure;
	}

	public boolean isMediation() {
		return mediation;
	}

	public void setMediation(boolean mediation) {
		this.mediation = mediation;
	}

	public boolean isWithdrawal() {
		return withdrawal;
	}

	public void setWithdrawal(boolean withdrawal) {
		this.withdrawal = withdrawal;
	}

	public String getExemption() {
		return exemption;
	}

	public void setExemption(String exemption) {
		this.exemption = exemption;
	}
}
