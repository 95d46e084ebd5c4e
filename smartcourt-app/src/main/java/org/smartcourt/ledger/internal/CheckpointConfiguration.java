package org.smartcourt.ledger.internal;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import org.smartcourt.ledger.core.TreeHasher;
import org.smartcourt.shared.SmartCourtMode;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** The checkpoint side of the ledger: keys, witnesses, publisher. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CheckpointProperties.class)
class CheckpointConfiguration {

	@Bean
	LogKeys ledgerLogKeys(CheckpointProperties properties, SmartCourtMode mode) {
		return LogKeys.load(properties, mode);
	}

	@Bean
	WitnessRoster ledgerWitnessRoster(LogKeys keys, CheckpointProperties properties) {
		return new WitnessRoster(keys, properties.quorum(), properties.witnesses());
	}

	/** Demo mode's local witnesses, when no witness is configured. */
	@Bean(destroyMethod = "close")
	DemoWitnessesHandle ledgerDemoWitnesses(CheckpointProperties properties, SmartCourtMode mode, LogKeys keys,
			TreeHasher hasher, DataSource dataSource, WitnessRoster roster, Clock clock) {
		boolean start = mode == SmartCourtMode.DEMO && properties.demoWitnesses() && properties.witnesses().isEmpty();
		return new DemoWitnessesHandle(start ? DemoWitnesses.start(properties, keys, hasher, dataSource, roster, clock) : null);
	}

	@Bean
	CheckpointPublisher ledgerCheckpointPublisher(CheckpointProperties properties, LogKeys keys, WitnessRoster roster,
			DemoWitnessesHandle demoWitnesses, CheckpointRepository checkpoints, TreeStateRepository tree,
			LogReader reader, TransactionTemplate transactions, Clock clock,
			List<CheckpointPublisher.CheckpointListener> listeners) {
		return new CheckpointPublisher(properties, keys, roster, new WitnessClient(properties.witnessTimeout()),
				checkpoints, tree, reader, transactions, clock, listeners);
	}

	/**
	 * The time-stamping authority of checkpoints, if any: an accredited TSA over HTTP, or in demo mode an in-process
	 * development TSA ({@code local}) whose root certificate is served at {@code /ledger/tsa-root.pem}.
	 */
	@Bean
	TsaSetup ledgerTsa(CheckpointProperties properties, SmartCourtMode mode) {
		return TsaSetup.of(properties, mode);
	}

	@Bean
	CheckpointPublisher.CheckpointListener ledgerCheckpointTimestamper(TsaSetup tsa, CheckpointRepository checkpoints) {
		return tsa.client().<CheckpointPublisher.CheckpointListener>map(c -> new CheckpointTimestamper(c, checkpoints))
			.orElse(published -> {
			});
	}

	/** Holds the demo witnesses, if any, so that they stop with the context. */
	record DemoWitnessesHandle(DemoWitnesses witnesses) implements AutoCloseable {

		@Override
		public void close() {
			if (witnesses != null) {
				witnesses.close();
			}
		}
	}
}
