package org.smartcourt.filing;

import java.time.Instant;

/**
 * The cooperating court's record that it checked the filer's identity and the originals of the materials
 * (跨域立案: 代为核对、接收), before forwarding to the court with jurisdiction.
 *
 * @param method how identity was checked, e.g. 居民身份证原件核对.
 */
public record IdentityCheck(String method, boolean passed, String note, String checkedBy, String court,
		Instant checkedAt) {
}
