package org.smartcourt.deadlines.web;

/**
 * {@code PUT /api/v1/deadlines/calendar/{date}}.
 *
 * @param kind {@code REST}, {@code WORKDAY} or {@code CLEAR}.
 * @param name the holiday, e.g. 春节 (optional).
 * @param reason why the day is corrected, e.g. the notice it follows (required).
 */
record CalendarDayRequest(String kind, String name, String reason) {
}
