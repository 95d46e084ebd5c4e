package org.smartcourt.catalogue.web;

import org.smartcourt.catalogue.CauseOfAction;

/**
 * A cause of action in a list.
 *
 * @param code e.g. {@code 4.10.103.3}: the official numbers of its levels joined by dots.
 * @param level 1 (部分) to 4.
 * @param parentCode {@literal null} for a 部分.
 */
record CauseResponse(String code, String name, int level, String parentCode) {

	static CauseResponse of(CauseOfAction cause) {
		return new CauseResponse(cause.code(), cause.name(), cause.level(), cause.parentCode());
	}
}
