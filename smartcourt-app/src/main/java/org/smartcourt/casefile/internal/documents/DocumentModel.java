package org.smartcourt.casefile.internal.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a template can use, the same for a real case and for the sample an administrator previews with, so a template
 * that fills with the sample fills with every case. Names, as the template page lists them:
 * <ul>
 * <li>{@code court.name}, {@code court.code} (法院代字)</li>
 * <li>{@code case.number} (案号), {@code case.title}, {@code case.cause} (案由), {@code case.procedure},
 * {@code case.registeredOn} (立案日期, in Chinese numerals)</li>
 * <li>{@code parties}, {@code plaintiffs}, {@code defendants}, {@code thirdParties}, {@code agents}: lists of parties
 * with {@code seq}, {@code name}, {@code side} (原告…), {@code kind} (自然人…), {@code address}, {@code agent};
 * agents also {@code represents}, {@code lawyer} and {@code licence} (律师执业证号)</li>
 * <li>{@code addressee}: the party the document is addressed to (same fields), or blanks</li>
 * <li>{@code team.judge} (承办法官), {@code team.presidingJudge}, {@code team.assistant}, {@code team.clerk}</li>
 * <li>{@code hearing.present}, {@code hearing.time}, {@code hearing.place}: the next scheduled hearing, or blanks</li>
 * <li>{@code today}: 二〇二六年十一月二十九日, for the 落款</li>
 * </ul>
 */
public final class DocumentModel {

	/** What a form line shows when the case does not hold the fact: a line to fill in by hand or in the editor. */
	public static final String BLANK = "＿＿＿＿＿＿";

	/**
	 * A party or agent as templates see it.
	 *
	 * @param sideCode the cases module's side name ({@code PLAINTIFF}…); {@code side} is its Chinese name.
	 */
	public record Party(int seq, String name, String sideCode, String side, String kind, boolean agent,
			String represents, String licence) {
	}

	/** The facts a model is made from. */
	public record Facts(String courtName, String courtCode, String caseNumber, String caseTitle, String cause,
			String procedure, LocalDate registeredOn, List<Party> parties, Integer addresseeSeq,
			String judge, String presidingJudge, String assistant, String clerk, LocalDateTime hearingAt,
			String hearingPlace, LocalDate today) {
	}

	private DocumentModel() {
	}

	public static Map<String, Object> of(Facts f) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("court", Map.of("name", f.courtName(), "code", nonNull(f.courtCode())));
		Map<String, Object> c = new LinkedHashMap<>();
		c.put("number", f.caseNumber());
		c.put("title", f.caseTitle());
		c.put("cause", orBlank(f.cause()));
		c.put("procedure", f.procedure());
		c.put("registeredOn", ChineseDate.of(f.registeredOn()));
		model.put("case", c);
		List<Map<String, Object>> parties = f.parties().stream().map(DocumentModel::party).toList();
		model.put("parties", parties);
		model.put("plaintiffs", side(f, "PLAINTIFF"));
		model.put("defendants", side(f, "DEFENDANT"));
		model.put("thirdParties", side(f, "THIRD_PARTY"));
		model.put("agents", f.parties().stream().filter(Party::agent).map(DocumentModel::party).toList());
		model.put("addressee", f.parties()
			.stream()
			.filter(p -> f.addresseeSeq() != null && p.seq() == f.addresseeSeq())
			.findFirst()
			.map(DocumentModel::party)
			.orElseGet(DocumentModel::blankParty));
		Map<String, Object> team = new LinkedHashMap<>();
		team.put("judge", orBlank(f.judge()));
		team.put("presidingJudge", orBlank(f.presidingJudge() != null ? f.presidingJudge() : f.judge()));
		team.put("assistant", orBlank(f.assistant()));
		team.put("clerk", orBlank(f.clerk()));
		model.put("team", team);
		Map<String, Object> hearing = new LinkedHashMap<>();
		hearing.put("present", f.hearingAt() != null);
		hearing.put("time", f.hearingAt() == null ? BLANK : ChineseDate.timeOf(f.hearingAt()));
		hearing.put("place", orBlank(f.hearingPlace()));
		model.put("hearing", hearing);
		model.put("today", ChineseDate.of(f.today()));
		return model;
	}

	/** Side codes ({@code PLAINTIFF}…) of the parties, not agents, on that side. */
	private static List<Map<String, Object>> side(Facts f, String side) {
		return f.parties()
			.stream()
			.filter(p -> !p.agent() && side.equals(p.sideCode()))
			.map(DocumentModel::party)
			.toList();
	}

	private static Map<String, Object> party(Party p) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("seq", p.seq());
		m.put("name", p.name());
		m.put("side", p.side());
		m.put("kind", orBlank(p.kind()));
		m.put("agent", p.agent());
		m.put("represents", orBlank(p.represents()));
		m.put("lawyer", p.licence() != null);
		m.put("licence", orBlank(p.licence()));
		m.put("address", BLANK);
		return m;
	}

	private static Map<String, Object> blankParty() {
		return party(new Party(0, BLANK, null, BLANK, null, false, null, null));
	}

	private static String orBlank(String s) {
		return s == null || s.isBlank() ? BLANK : s;
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}
}
