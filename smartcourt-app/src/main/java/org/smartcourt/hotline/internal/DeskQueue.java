package org.smartcourt.hotline.internal;

import java.util.List;

/**
 * The desk's queue (工作队列).
 *
 * @param fresh 新受理: received, not yet routed.
 * @param assigned 已分派/处理中.
 * @param overdue 已超期: past the due date without an answer.
 * @param awaitingCallback 待回访: answered, not yet called back or closed.
 */
public record DeskQueue(List<HotlineRequest> fresh, List<HotlineRequest> assigned, List<HotlineRequest> overdue,
		List<HotlineRequest> awaitingCallback) {
}
