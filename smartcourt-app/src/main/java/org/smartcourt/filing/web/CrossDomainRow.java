package org.smartcourt.filing.web;

import java.time.Duration;
import java.time.Instant;

import org.smartcourt.filing.CrossDomainCase;
import org.smartcourt.filing.Filing;
import org.smartcourt.filing.FilingStatus;

/**
 * One line of the cross-domain service report: how long the cooperating court took to forward and the court with
 * jurisdiction to decide after receiving it, against the configured service targets (the law sets no binding limits
 * for these steps, domain-rules §3; the 7-day decision period still applies).
 */
record CrossDomainRow(String id, String receivingCourt, String targetCourt, String filerName, FilingStatus status,
		Instant submittedAt, Duration forwardElapsed, boolean forwardOverTarget, Duration decisionElapsed,
		boolean decisionOverTarget) {

	static CrossDomainRow of(CrossDomainCase c, FilingPageModel pages, Instant now, Duration forwardTarget,
			Duration decisionTarget) {
		Filing f = c.filing();
		Instant submitted = f.submittedAt().orElse(now);
		Instant forwarded = c.forwardedAt().orElse(null);
		Duration toForward = Duration.between(submitted, forwarded != null ? forwarded : now);
		Duration toDecide = forwarded == null ? null
				: Duration.between(forwarded, f.decision().map(d -> d.decidedAt()).orElse(now));
		return new CrossDomainRow(f.id().toString(), pages.courtName(f.content().receivingCourt()),
				pages.courtName(f.content().targetCourt()), f.filerName(), f.status(), submitted, toForward,
				toForward.compareTo(forwardTarget) > 0, toDecide,
				toDecide != null && toDecide.compareTo(decisionTarget) > 0);
	}

	public String forwardText() {
		return text(forwardElapsed);
	}

	public String decisionText() {
		return text(decisionElapsed);
	}

	/** Elapsed time in 小时/分钟, as the report shows it. */
	static String text(Duration d) {
		if (d == null) {
			return "—";
		}
		long minutes = d.toMinutes();
		return minutes < 60 ? minutes + " 分钟" : (minutes / 60) + " 小时 " + (minutes % 60) + " 分钟";
	}
}
