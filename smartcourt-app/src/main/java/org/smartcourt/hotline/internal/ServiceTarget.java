package org.smartcourt.hotline.internal;

import org.smartcourt.hotline.RequestKind;

/**
 * 服务时限: within how many working days a kind of request is answered, and where the figure comes from.
 *
 * @param source the rule or, where no rule fixes it, the court's local configuration (本院服务承诺).
 */
public record ServiceTarget(RequestKind kind, int workingDays, String source) {
}
