package org.smartcourt.bench.data;

/**
 * One court of the province as loaded from the app's {@code court} table (reference/organization), with the share of
 * the province's cases it receives.
 *
 * @param place the place name used in addresses and company names, e.g. 长春市朝阳区.
 * @param city the city (市/州) it lies in, e.g. 长春市.
 * @param weight relative case volume among the courts of its level.
 */
record Court(String id, String name, String code, String level, String parentId, String place, String city,
		double weight) {

	boolean basic() {
		return level.equals("BASIC");
	}

	boolean intermediate() {
		return level.equals("INTERMEDIATE");
	}

	boolean high() {
		return level.equals("HIGH");
	}
}
