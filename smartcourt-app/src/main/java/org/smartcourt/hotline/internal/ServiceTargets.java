package org.smartcourt.hotline.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.smartcourt.deadlines.HolidayCalendar;
import org.smartcourt.hotline.RequestKind;
import org.smartcourt.shared.ReferenceFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The service target of each kind, from the reference file {@code smartcourt.hotline.service-targets-file}, and the
 * due date it gives: that many working days after the day of receipt (not counted), on the deadlines module's
 * holiday calendar, so 法定节假日 rest and 调休 Saturdays count.
 */
@Component
public class ServiceTargets {

	private static final String COLUMNS = "kind,working_days,source";

	private final Map<RequestKind, ServiceTarget> targets = new EnumMap<>(RequestKind.class);
	private final HolidayCalendar calendar;

	ServiceTargets(HolidayCalendar calendar,
			@Value("${smartcourt.hotline.service-targets-file:classpath:reference/hotline/service-targets.csv}") Resource file) {
		this.calendar = calendar;
		for (ReferenceFile.Row row : ReferenceFile.read(file, COLUMNS).rows()) {
			RequestKind kind = RequestKind.valueOf(row.get(0));
			int days = Integer.parseInt(row.get(1));
			if (days < 1 || days > 60) {
				throw new IllegalStateException("service target out of range on line " + row.line() + ": " + row.text());
			}
			targets.put(kind, new ServiceTarget(kind, days, row.get(2)));
		}
		for (RequestKind kind : RequestKind.values()) {
			if (!targets.containsKey(kind)) {
				throw new IllegalStateException("no service target for " + kind + " in " + file.getDescription());
			}
		}
	}

	public ServiceTarget of(RequestKind kind) {
		return targets.get(kind);
	}

	public List<ServiceTarget> all() {
		return List.copyOf(targets.values());
	}

	/** The last day to answer a request of {@code kind} received on {@code receivedOn}. */
	public LocalDate dueDate(RequestKind kind, LocalDate receivedOn) {
		return calendar.current().plusWorkingDays(receivedOn, of(kind).workingDays());
	}
}
