package org.smartcourt.fees.internal;

import java.math.BigDecimal;

import org.smartcourt.fees.Citation;

/**
 * One band of a cumulative scale (分段累计): the part of the amount above {@code fromYuan} up to {@code toYuan} pays
 * {@code percent}.
 *
 * @param toYuan the upper bound, inclusive, or {@literal null} for the open top band.
 * @param description the band in the article's words, e.g. 超过1万元至10万元的部分.
 */
record Band(long fromYuan, Long toYuan, BigDecimal percent, String description, Citation citation) {

	static Band of(long fromYuan, Long toYuan, String percent, String description, Citation citation) {
		return new Band(fromYuan, toYuan, new BigDecimal(percent), description, citation);
	}
}
