package org.smartcourt.hearings;

import java.time.LocalDateTime;

/**
 * One line of the 开庭公告 (《民事诉讼法》第一百三十九条: 公告当事人姓名、案由和开庭的时间、地点): only public hearings,
 * never a meeting link.
 *
 * @param place the courtroom's name, or 「在线庭审」.
 */
public record Announcement(String courtName, String caseNumber, String caseTitle, HearingKind kind,
		LocalDateTime start, LocalDateTime end, String place) {
}
