package org.smartcourt.filing.web;

/** Which wizard step holds a field, so a 预检 problem links to where it is fixed. */
final class FilingSteps {

	private FilingSteps() {
	}

	static String of(String field) {
		if (field == null) {
			return "court";
		}
		if (field.startsWith("parties")) {
			return "parties";
		}
		if (field.startsWith("claims") || field.startsWith("facts") || field.startsWith("evidence")) {
			return "claims";
		}
		if (field.startsWith("attachments") || field.equals("file")) {
			return "materials";
		}
		return "court";
	}
}
