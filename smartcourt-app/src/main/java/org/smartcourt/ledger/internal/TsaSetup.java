package org.smartcourt.ledger.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.ledger.core.tsa.ImprintAlgorithm;
import org.smartcourt.ledger.core.tsa.LocalTimestampAuthority;
import org.smartcourt.ledger.core.tsa.TimestampClient;
import org.smartcourt.shared.SmartCourtMode;

/**
 * The checkpoints' time-stamping authority as configured: none, an HTTP TSA, or (demo mode only) an in-process
 * development TSA. Knows the root certificate to publish, when there is one.
 */
public final class TsaSetup {

	private static final Logger log = LoggerFactory.getLogger(TsaSetup.class);

	private final TimestampClient client;
	private final String rootPem;

	private TsaSetup(TimestampClient client, String rootPem) {
		this.client = client;
		this.rootPem = rootPem;
	}

	static TsaSetup of(CheckpointProperties properties, SmartCourtMode mode) {
		String url = properties.tsaUrl() == null ? "" : properties.tsaUrl().strip();
		if (url.isEmpty()) {
			// unset: demo mode shows time-stamps with the development TSA; production has none until one is configured
			url = mode == SmartCourtMode.DEMO ? "local" : "none";
		}
		if (url.equals("none")) {
			return new TsaSetup(null, null);
		}
		ImprintAlgorithm imprint = ImprintAlgorithm.named(properties.tsaImprint());
		if (url.equals("local")) {
			if (mode != SmartCourtMode.DEMO) {
				throw new IllegalStateException("开发用时间戳服务只能在演示模式使用；生产模式请配置经认可的时间戳服务地址。"
						+ " The local TSA is for demo mode only: configure an accredited TSA URL.");
			}
			LocalTimestampAuthority tsa = LocalTimestampAuthority.generate("SmartCourt demo TSA");
			log.warn("演示模式：检查点时间戳由进程内的开发用时间戳服务签发（非可信时间戳）。Demo mode: checkpoints are time-stamped by an in-process development TSA");
			return new TsaSetup(tsa.client(imprint), tsa.rootCertificatePem());
		}
		String root = null;
		if (properties.tsaRootFile() != null && !properties.tsaRootFile().toString().isEmpty()) {
			try {
				root = Files.readString(properties.tsaRootFile(), StandardCharsets.US_ASCII);
			}
			catch (IOException e) {
				throw new UncheckedIOException("cannot read the TSA root certificate " + properties.tsaRootFile(), e);
			}
		}
		return new TsaSetup(new HttpTimestampClient(URI.create(url), imprint, Duration.ofSeconds(5)), root);
	}

	Optional<TimestampClient> client() {
		return Optional.ofNullable(client);
	}

	/** The PEM root certificate verifiers need for this TSA's tokens, when known. */
	public Optional<String> rootPem() {
		return Optional.ofNullable(rootPem);
	}
}
