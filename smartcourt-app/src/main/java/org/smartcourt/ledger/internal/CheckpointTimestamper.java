package org.smartcourt.ledger.internal;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.ledger.core.tsa.TimestampClient;
import org.smartcourt.ledger.core.tsa.TimestampToken;

/**
 * Adds an RFC 3161 time-stamp to each newly published checkpoint (ledger-reference §5.1, §7.4): the token's genTime
 * then bounds the time of every entry the checkpoint covers ("existed no later than T"). The imprint is over the
 * checkpoint's note text. A TSA failure never blocks publication; checkpoints still without a token are retried on
 * the next publication.
 */
final class CheckpointTimestamper implements CheckpointPublisher.CheckpointListener {

	private static final Logger log = LoggerFactory.getLogger(CheckpointTimestamper.class);

	private final TimestampClient tsa;
	private final CheckpointRepository checkpoints;

	CheckpointTimestamper(TimestampClient tsa, CheckpointRepository checkpoints) {
		this.tsa = tsa;
		this.checkpoints = checkpoints;
	}

	@Override
	public void published(PublishedCheckpoint checkpoint) {
		for (PublishedCheckpoint unstamped : checkpoints.unstamped(10)) {
			stamp(unstamped);
		}
	}

	private void stamp(PublishedCheckpoint checkpoint) {
		try {
			TimestampToken token = tsa.stamp(checkpoint.note().text().getBytes(StandardCharsets.UTF_8));
			checkpoints.addTimestamp(checkpoint.size(), token.encoded(), token.genTime());
		}
		catch (RuntimeException e) {
			log.warn("检查点 {} 时间戳暂未取得，将随下一检查点重试。No RFC 3161 time-stamp for checkpoint {} yet: {}",
					checkpoint.size(), checkpoint.size(), e.getMessage());
		}
	}
}
