package org.smartcourt.deadlines.web;

import java.util.ArrayList;
import java.util.List;

/** The fields of the 期限计算 page, as typed; three rows for excluded intervals. */
class DeadlineCalculatorForm {

	static final int ROWS = 3;

	private String ruleId;
	private String start;
	private String startTime;
	private String[] exFrom = new String[ROWS];
	private String[] exTo = new String[ROWS];
	private String[] exReason = new String[ROWS];
	private boolean inCustody;

	boolean submitted() {
		return ruleId != null;
	}

	/** The start as the API takes it: the date, with {@code T} and the time when a time was given. */
	String startText() {
		if (start == null || start.isBlank() || startTime == null || startTime.isBlank()) {
			return start;
		}
		return start.trim() + "T" + startTime.trim();
	}

	/** The rows that have anything typed in them. */
	List<Integer> filledRows() {
		List<Integer> rows = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			if (!blank(at(exFrom, i)) || !blank(at(exTo, i)) || !blank(at(exReason, i))) {
				rows.add(i);
			}
		}
		return rows;
	}

	DeadlineInput.ExclusionText row(int i) {
		return new DeadlineInput.ExclusionText(at(exFrom, i), at(exTo, i), at(exReason, i));
	}

	public String from(int i) {
		return at(exFrom, i);
	}

	public String to(int i) {
		return at(exTo, i);
	}

	public String reason(int i) {
		return at(exReason, i);
	}

	private static String at(String[] values, int i) {
		return values != null && i < values.length ? values[i] : null;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	public String getRuleId() {
		return ruleId;
	}

	public void setRuleId(String ruleId) {
		this.ruleId = ruleId;
	}

	public String getStart() {
		return start;
	}

	public void setStart(String start) {
		this.start = start;
	}

	public String getStartTime() {
		return startTime;
	}

	public void setStartTime(String startTime) {
		this.startTime = startTime;
	}

	public String[] getExFrom() {
		return exFrom;
	}

	public void setExFrom(String[] exFrom) {
		this.exFrom = exFrom;
	}

	public String[] getExTo() {
		return exTo;
	}

	public void setExTo(String[] exTo) {
		this.exTo = exTo;
	}

	public String[] getExReason() {
		return exReason;
	}

	public void setExReason(String[] exReason) {
		this.exReason = exReason;
	}

	public boolean isInCustody() {
		return inCustody;
	}

	public void setInCustody(boolean inCustody) {
		this.inCustody = inCustody;
	}
}
