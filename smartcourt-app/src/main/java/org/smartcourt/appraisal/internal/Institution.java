package org.smartcourt.appraisal.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.smartcourt.shared.CourtId;

/**
 * An appraisal institution (鉴定机构) on a court's roster (名册, 2002 规定 arts. 3–9). It is qualified to be chosen when its
 * licence is valid, its latest annual review (年度审核, art. 7) passed and is not older than last year, and it has not
 * been removed (除名, art. 16).
 *
 * @param account the username of its portal account, or {@literal null}.
 * @param reviews annual reviews by year.
 */
public record Institution(UUID id, CourtId court, String name, String licence, LocalDate licenceValidUntil, String phone,
		String account, LocalDate removedOn, String removalReason, Set<String> fields, Map<Integer, AnnualReview> reviews,
		List<Appraiser> appraisers) {

	public Institution {
		fields = Set.copyOf(fields);
		reviews = Map.copyOf(reviews);
		appraisers = List.copyOf(appraisers);
	}

	/** 年度审核 result of one year. */
	public record AnnualReview(int year, boolean passed, String note) {
	}

	/** 鉴定人. */
	public record Appraiser(UUID id, String name, String certificate, String field) {
	}

	public boolean removed() {
		return removedOn != null;
	}

	public Optional<AnnualReview> latestReview() {
		return new TreeMap<>(reviews).descendingMap().values().stream().findFirst();
	}

	/** Why the entry may not be chosen today, in Chinese; empty when it is qualified. */
	Optional<String> unqualifiedReason(LocalDate today) {
		if (removed()) {
			return Optional.of("已于" + removedOn + "除名（2002 规定第十六条）");
		}
		if (licenceValidUntil.isBefore(today)) {
			return Optional.of("执业许可证已于" + licenceValidUntil + "到期");
		}
		Optional<AnnualReview> review = latestReview();
		if (review.isEmpty()) {
			return Optional.of("无年度审核记录（2002 规定第七条）");
		}
		if (!review.get().passed()) {
			return Optional.of(review.get().year() + "年度审核未通过（2002 规定第七条）");
		}
		if (review.get().year() < today.getYear() - 1) {
			return Optional.of("最近一次年度审核为" + review.get().year() + "年度，已过期（2002 规定第七条）");
		}
		return Optional.empty();
	}

	boolean qualified(LocalDate today) {
		return unqualifiedReason(today).isEmpty();
	}

	RandomDraw.Candidate candidate() {
		return new RandomDraw.Candidate(id, licence, name);
	}
}
