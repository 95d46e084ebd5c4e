package org.smartcourt.notification.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.smartcourt.notification.Category;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;

/**
 * One notification template (通知模板) in its file form: {@code category:}, {@code title:} and optional {@code sms:}
 * headers, a {@code ---} line, then the body; {@code {name}} placeholders anywhere. See
 * {@code reference/notification/templates/README.md}.
 */
record TemplateText(Category category, String title, String sms, String body) {

	static final int MAX_TITLE = 100;
	static final int MAX_SMS = 300;
	static final int MAX_BODY = 2000;
	/** Filled by the outbox itself with the message's absolute link, never by the caller. */
	static final String LINK = "link";
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

	/** A template filled with a message's values. */
	record Rendered(String title, String sms, String body) {
	}

	/**
	 * @throws DomainException {@code INVALID_INPUT} with a field problem on {@code text} naming what is malformed.
	 */
	static TemplateText parse(String text) {
		String normalised = text == null ? "" : text.replace("\r\n", "\n").strip();
		int separator = normalised.indexOf("\n---\n");
		if (separator < 0) {
			throw invalid("validation.notification-template.separator");
		}
		Map<String, String> headers = new LinkedHashMap<>();
		for (String line : normalised.substring(0, separator).split("\n")) {
			if (line.isBlank()) {
				continue;
			}
			int colon = line.indexOf(':');
			String name = colon < 0 ? "" : line.substring(0, colon).strip();
			if (!Set.of("category", "title", "sms").contains(name) || headers.containsKey(name)) {
				throw invalid("validation.notification-template.header", line.strip());
			}
			headers.put(name, line.substring(colon + 1).strip());
		}
		Category category = category(headers.get("category"));
		String title = headers.get("title");
		if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
			throw invalid("validation.notification-template.title");
		}
		String sms = headers.get("sms");
		if (sms != null && (sms.isBlank() || sms.length() > MAX_SMS)) {
			throw invalid("validation.notification-template.sms");
		}
		String body = normalised.substring(separator + 5).strip();
		if (body.isEmpty() || body.length() > MAX_BODY) {
			throw invalid("validation.notification-template.body");
		}
		return new TemplateText(category, title, sms, body);
	}

	private static Category category(String name) {
		try {
			return Category.valueOf(name == null ? "" : name);
		}
		catch (IllegalArgumentException ex) {
			throw invalid("validation.notification-template.category", name == null ? "" : name);
		}
	}

	private static DomainException invalid(String key, Object... args) {
		return DomainException.invalid("validation-failed", "problem.validation-failed.detail",
				List.of(new FieldProblem("text", "template", key, List.of(args))));
	}

	/** The placeholders the template uses, in order of appearance. */
	Set<String> placeholders() {
		Set<String> names = new LinkedHashSet<>();
		for (String part : new String[] { title, sms == null ? "" : sms, body }) {
			Matcher m = PLACEHOLDER.matcher(part);
			while (m.find()) {
				names.add(m.group(1));
			}
		}
		return names;
	}

	/**
	 * Checks an edit against the placeholders its callers fill.
	 *
	 * @throws DomainException {@code INVALID_INPUT} naming the first unknown placeholder.
	 */
	void requireOnly(Set<String> known) {
		List<String> unknown = new ArrayList<>(placeholders());
		unknown.removeAll(known);
		unknown.remove(LINK);
		if (!unknown.isEmpty()) {
			throw invalid("validation.notification-template.placeholder", "{" + unknown.get(0) + "}");
		}
	}

	/**
	 * @param link the message's absolute link, or {@literal null}.
	 * @throws IllegalArgumentException when a placeholder has no value (a caller's bug).
	 */
	Rendered render(Map<String, String> values, String link) {
		Map<String, String> all = new LinkedHashMap<>(values);
		all.put(LINK, link == null ? "" : link);
		String filledTitle = fill(title, all);
		String filledBody = fill(body, all);
		String filledSms = sms == null ? filledTitle + (link == null ? "" : " " + link) : fill(sms, all);
		if (filledTitle.length() > MAX_TITLE) {
			filledTitle = filledTitle.substring(0, MAX_TITLE - 1) + "…";
		}
		return new Rendered(filledTitle, truncate(filledSms, 500), truncate(filledBody, MAX_BODY * 2));
	}

	/** The file form, as the admin edits it. */
	String text() {
		return "category: " + category.name() + "\ntitle: " + title + (sms == null ? "" : "\nsms: " + sms)
				+ "\n---\n" + body + "\n";
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	private static String fill(String text, Map<String, String> values) {
		Matcher m = PLACEHOLDER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String value = values.get(m.group(1));
			if (value == null) {
				throw new IllegalArgumentException("no value for {" + m.group(1) + "}");
			}
			m.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		return m.appendTail(out).toString();
	}
}
