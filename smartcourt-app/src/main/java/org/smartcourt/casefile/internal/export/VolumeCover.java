package org.smartcourt.casefile.internal.export;

import java.time.LocalDate;
import java.util.List;

import org.smartcourt.casefile.internal.catalogue.Volume;

/**
 * What the 卷宗封面 states.
 *
 * @param cause 案由, or {@literal null} where the case type has none.
 * @param parties one line per side, e.g. 原告：张三.
 * @param judge 承办人, or {@literal null} before assignment.
 * @param closedOn 结案日期, or {@literal null} while open.
 */
public record VolumeCover(String courtName, Volume volume, String caseNumber, String title, String cause,
		List<String> parties, String judge, LocalDate registeredOn, LocalDate closedOn) {

	public VolumeCover {
		parties = List.copyOf(parties);
	}
}
