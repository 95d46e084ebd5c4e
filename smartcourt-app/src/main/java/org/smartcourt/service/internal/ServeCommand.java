package org.smartcourt.service.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.notification.Channel;

/**
 * 电子送达 of one document on some of the case's parties (or agents) on some channels: one attempt per recipient
 * and channel.
 *
 * @param recipients the case party list's seqs.
 * @param channels {@code IN_APP} (诉讼服务平台专用账号), {@code SMS} (with a link), {@code EMAIL}.
 */
public record ServeCommand(UUID documentId, List<Integer> recipients, Set<Channel> channels) {
}
