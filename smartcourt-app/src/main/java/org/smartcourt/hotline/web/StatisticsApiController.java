package org.smartcourt.hotline.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.hotline.internal.HotlineStatistics;
import org.smartcourt.hotline.internal.StatisticsRow;
import org.smartcourt.shared.CurrentActor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 12368 统计 over the API. */
@RestController
@Tag(name = "12368 Hotline")
class StatisticsApiController {

	private final HotlineStatistics statistics;
	private final Labels labels;

	StatisticsApiController(HotlineStatistics statistics, Labels labels) {
		this.statistics = statistics;
		this.labels = labels;
	}

	@GetMapping("/api/v1/hotline/statistics")
	@Operation(summary = "12368统计：按法院和诉求类型的受理量、按期答复率、平均满意度（上级法院含辖区法院）")
	StatisticsView statistics(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		List<StatisticsRow> rows = statistics.compute(CurrentActor.require(), from, to);
		return new StatisticsView(from, to, rows.stream().map(this::line).toList(), line(HotlineStatistics.total(rows)));
	}

	private Line line(StatisticsRow r) {
		return new Line(r.courtId(), r.courtName(), r.kind() == null ? null : r.kind().name(),
				r.kind() == null ? null : labels.of(r.kind().labelKey()), r.received(), r.answered(), r.onTime(),
				r.counted(), r.onTimeRate(), r.ratings(), r.averageSatisfaction());
	}

	/** The figures of a period, by court and kind, and the totals. */
	record StatisticsView(LocalDate from, LocalDate to, List<Line> rows, Line total) {
	}

	/** One court and kind; {@code onTimeRate} in percent of {@code counted}. */
	record Line(String courtId, String courtName, String kind, String kindName, long received, long answered,
			long onTime, long counted, Double onTimeRate, long ratings, Double averageSatisfaction) {
	}
}
