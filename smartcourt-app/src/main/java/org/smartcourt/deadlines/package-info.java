/**
 * Deadlines: 法定期间与审限 as rules with citations. {@link Deadlines} computes any rule of the {@link DeadlineRule}
 * table from a start event, with excluded intervals ({@link Exclusion}, 扣除审限), counting per 《民事诉讼法》第八十五条
 * (《行政诉讼法》第一百零一条 applies it to administrative cases; 《刑事诉讼法》第一百零五条 for criminal cases) on a
 * {@link CourtCalendar} built from the State Council's 节假日安排 ({@link HolidayCalendar}, editable by the IT admin,
 * audited). Every {@link DeadlineResult} explains itself in Chinese, line by line, with the article of each step.
 * {@link CaseClocks} computes a case's 审限 from its {@link ClockEvent}s (扣除、延长、简转普、重新计算) and the
 * {@link ExtensionTerms} of the next extension from the versioned extension table; the case workflow builds on it.
 * Other modules never count dates themselves.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.smartcourt.deadlines;
