package org.smartcourt.hotline.web;

import java.time.LocalDate;
import java.util.List;

import org.smartcourt.hotline.internal.HotlineClock;
import org.smartcourt.hotline.internal.HotlineStatistics;
import org.smartcourt.hotline.internal.StatisticsRow;
import org.smartcourt.shared.CurrentActor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 12368 统计 page: this month by default. */
@Controller
class StatisticsPageController {

	private final HotlineStatistics statistics;
	private final HotlineClock clock;

	StatisticsPageController(HotlineStatistics statistics, HotlineClock clock) {
		this.statistics = statistics;
		this.clock = clock;
	}

	@GetMapping("/hotline/statistics")
	String statistics(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		LocalDate today = clock.today();
		LocalDate start = from == null ? today.withDayOfMonth(1) : from;
		LocalDate end = to == null ? today : to;
		List<StatisticsRow> rows = statistics.compute(CurrentActor.require(), start, end);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("rows", rows);
		model.addAttribute("total", HotlineStatistics.total(rows));
		return "hotline/statistics";
	}
}
