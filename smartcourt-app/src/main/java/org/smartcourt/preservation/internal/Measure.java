package org.smartcourt.preservation.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.smartcourt.fees.Money;
import org.smartcourt.preservation.MeasureKind;
import org.smartcourt.preservation.MeasureStatus;
import org.smartcourt.preservation.PropertyKind;

/**
 * One 保全措施 on one object.
 *
 * @param amount the amount frozen (required for deposits, 保全规定第十五条), or {@literal null}.
 * @param startDate the day it was taken, once taken.
 * @param expiryDate 保全期限届满日, told to the applicant in writing (第十八条第二款).
 * @param suitDeadline for a pre-suit measure, the last day to sue or apply for arbitration (民诉法第一百零四条第三款).
 * @param lapsedOn the day it lapsed, the day after its expiry (查封扣押冻结规定第二十七条).
 */
public record Measure(UUID id, UUID applicationId, int propertySeq, MeasureKind kind, PropertyKind objectKind,
		String objectDescription, Money amount, MeasureStatus status, LocalDate startDate, LocalDate expiryDate,
		String ruleId, int renewals, LocalDate renewalRequestedOn, LocalDate suitDeadline, LocalDate lapsedOn,
		LocalDate liftedOn, String liftReason) {

	/** Days from {@code today} to the expiry, 0 on the last day; negative after it. */
	public long daysLeft(LocalDate today) {
		return expiryDate == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(today, expiryDate);
	}

	public boolean active() {
		return status == MeasureStatus.ACTIVE;
	}

	/** 即将到期: in force and at most {@code leadDays} from its expiry. */
	public boolean expiringWithin(LocalDate today, int leadDays) {
		return active() && daysLeft(today) >= 0 && daysLeft(today) <= leadDays;
	}
}
