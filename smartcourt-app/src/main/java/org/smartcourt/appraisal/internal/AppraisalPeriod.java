package org.smartcourt.appraisal.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.smartcourt.deadlines.DeadlineResult;
import org.smartcourt.deadlines.Deadlines;
import org.smartcourt.deadlines.Exclusion;
import org.smartcourt.deadlines.RuleId;

/**
 * 鉴定期限: at most 30 working days, 60 for 重大、疑难、复杂 matters (rules {@code appraisal} and {@code appraisal-complex}:
 * 《最高人民法院关于人民法院民事诉讼中委托鉴定审查工作若干问题的规定》(法〔2020〕202号) item 13; its text is not in the local
 * library, so the rules carry MEDIUM confidence), counted from the day the entrustment takes effect (the institution's
 * acceptance, not counted). The time spent waiting for supplementary material (司法部《司法鉴定程序通则》 art. 28: from
 * the request to the day before the material arrives) is not counted. An extension the judge approves on the
 * institution's written request sets a new last day; material waits after the approval are added to it.
 */
public final class AppraisalPeriod {

	public static final RuleId ORDINARY = RuleId.of("appraisal");
	public static final RuleId COMPLEX = RuleId.of("appraisal-complex");

	/** A request for material: {@code suppliedOn} is {@literal null} while the institution still waits. */
	public record MaterialWait(LocalDate requestedOn, LocalDate suppliedOn) {
	}

	/** An approved extension (延长鉴定期限). */
	public record Extension(LocalDate approvedOn, LocalDate newDue) {
	}

	/**
	 * @param due the last day of the 鉴定期限.
	 * @param waiting whether a material request is open (the period is paused; {@code due} counts the wait up to today).
	 * @param excludedDays the days not counted for material.
	 */
	public record Due(LocalDate due, boolean waiting, long excludedDays, List<String> explanation) {
	}

	private AppraisalPeriod() {
	}

	public static Due compute(Deadlines deadlines, boolean complex, LocalDate acceptedOn, List<MaterialWait> waits,
			Extension extension, LocalDate today) {
		List<Exclusion> before = new ArrayList<>();
		long after = 0;
		boolean waiting = false;
		for (MaterialWait w : waits) {
			waiting |= w.suppliedOn() == null;
			LocalDate from = w.requestedOn().isAfter(acceptedOn) ? w.requestedOn() : acceptedOn.plusDays(1);
			LocalDate to = w.suppliedOn() == null ? today : w.suppliedOn().minusDays(1);
			if (to.isBefore(from)) {
				continue;
			}
			Exclusion e = new Exclusion(from, to, "等待补充鉴定材料");
			if (extension != null && !w.requestedOn().isBefore(extension.approvedOn())) {
				after += e.days();
			}
			else {
				before.add(e);
			}
		}
		DeadlineResult base = deadlines.compute(complex ? COMPLEX : ORDINARY, acceptedOn, before);
		List<String> lines = new ArrayList<>(base.explanation());
		long excluded = base.excludedDays() + after;
		if (extension == null) {
			return new Due(base.due(), waiting, excluded, lines);
		}
		LocalDate due = extension.newDue().plusDays(after);
		lines.add("法院于" + extension.approvedOn() + "批准延长鉴定期限至" + extension.newDue()
				+ (after > 0 ? "，此后等待补充材料" + after + "日不计入，届满日为" + due : "") + "。");
		return new Due(due, waiting, excluded, lines);
	}
}
