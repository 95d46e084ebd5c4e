package org.smartcourt.hearings.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.hearings.Hearing;
import org.smartcourt.hearings.HearingKind;
import org.smartcourt.hearings.HearingNotice;

/** The Chinese texts of hearings: time and place, docket summaries, 传票 and 出庭通知书. */
final class HearingTexts {

	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private HearingTexts() {
	}

	static String kind(HearingKind kind) {
		return switch (kind) {
			case TRIAL -> "开庭审理";
			case PRETRIAL_MEETING -> "召开庭前会议";
			case MEDIATION -> "进行调解";
			case PRONOUNCEMENT -> "公开宣判";
		};
	}

	static String kindName(HearingKind kind) {
		return switch (kind) {
			case TRIAL -> "开庭";
			case PRETRIAL_MEETING -> "庭前会议";
			case MEDIATION -> "调解";
			case PRONOUNCEMENT -> "宣判";
		};
	}

	/** 「2027年1月4日 09:00–11:00」. */
	static String period(LocalDateTime start, LocalDateTime end) {
		return DAY_TIME.format(start) + "–" + TIME.format(end);
	}

	/** The place as parties and the public read it: the courtroom, or 在线庭审 (the link is never in a summary). */
	static String place(Hearing h) {
		return h.online() ? "在线庭审（电子诉讼平台）" : h.courtroomName();
	}

	static String scheduledSummary(Hearing h) {
		return kindName(h.kind()) + "排期：" + period(h.start(), h.end()) + "，" + place(h)
				+ (h.publicHearing() ? "，公开审理" : "，不公开审理");
	}

	static String notice(HearingNotice.Kind kind, CaseOverview c, CaseParty to, Hearing h) {
		String head = (kind == HearingNotice.Kind.SUMMONS ? "传票" : "出庭通知书") + "\n" + to.name() + "：\n";
		String body = "本院受理的" + c.registration().title() + "一案（" + h.caseNumber() + "），定于"
				+ DAY_TIME.format(h.start()) + "在" + place(h) + kind(h.kind()) + "。";
		String online = h.online() ? "请于开庭前登录电子诉讼平台，通过案件页面进入在线庭审，并完成身份核验（《人民法院在线诉讼规则》第七条）。" : "请准时到庭。";
		String warning = kind == HearingNotice.Kind.SUMMONS
				? "原告经传票传唤，无正当理由拒不到庭的，可以按撤诉处理；被告经传票传唤，无正当理由拒不到庭的，可以缺席判决（《民事诉讼法》第一百四十六条、第一百四十七条）。"
				: "";
		return head + body + online + warning;
	}

	/** The values of the {@code hearings.scheduled} notification template. */
	static Map<String, String> messageValues(Hearing h) {
		return Map.of("caseNumber", h.caseNumber(), "kind", kindName(h.kind()), "period",
				period(h.start(), h.end()), "place", place(h), "onlineLink",
				h.online() && h.meetingLink() != null ? "，在线庭审链接：" + h.meetingLink() : "");
	}
}
