package org.smartcourt.mediation.internal;

import java.math.BigDecimal;

/**
 * 就业人员年平均工资 of a province and year, as published (or our best figure while not yet checked).
 *
 * @param amountYuan 元 per year.
 * @param verified whether checked against the official publication; when not, the UI says so next to the figure.
 */
public record WageFigure(String province, int year, BigDecimal amountYuan, String source, boolean verified,
		String note) {
}
