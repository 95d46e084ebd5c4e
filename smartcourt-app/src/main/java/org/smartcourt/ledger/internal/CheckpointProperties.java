package org.smartcourt.ledger.internal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of checkpoint publication ({@code smartcourt.ledger.checkpoint.*}), after Tessera's defaults
 * (ledger-reference §3.2, §7.4) but with a shorter interval, since a court's receipt should come within seconds.
 *
 * @param origin the log's identity, first line of every checkpoint and the name of its key (c2sp.org/tlog-checkpoint)
 * @param signingKey the log's Ed25519 key in {@code PRIVATE+KEY+…} form, or empty to read {@code signingKeyFile}
 * @param signingKeyFile a file holding that key; in demo mode created with a fresh demo key when missing
 * @param sm2KeyFile an optional file with an SM2 key ({@code PRIVATE+KEY+…}, type 0xff); the log then signs with both
 * @param keyDirectory where demo mode keeps the keys it generates
 * @param interval how often the publisher looks for growth
 * @param republish how often an unchanged checkpoint is republished with fresh cosignatures
 * @param witnessTimeout how long one witness may take to answer
 * @param witnesses the witnesses to ask (name in the policy, submission prefix URL, cosignature verifier key)
 * @param quorum how many witnesses must cosign: {@code all}, {@code any}, a number, or {@code none}
 * @param demoWitnesses whether demo mode starts two local witnesses of its own
 * @param tsaUrl an RFC 3161 time-stamping authority (HTTP) to stamp each new checkpoint; {@code local} for an
 *        in-process development TSA (demo mode only); {@code none} for none; unset: {@code local} in demo mode and
 *        {@code none} in production
 * @param tsaImprint the imprint algorithm of time-stamp requests, {@code SHA-256} or {@code SM3}
 * @param tsaRootFile the PEM root certificate of the configured TSA, published for offline verifiers
 */
@ConfigurationProperties("smartcourt.ledger.checkpoint")
public record CheckpointProperties(@DefaultValue("demo.smartcourt.local/ledger") String origin, String signingKey,
		Path signingKeyFile, Path sm2KeyFile, @DefaultValue("data/ledger") Path keyDirectory,
		@DefaultValue("2s") Duration interval, @DefaultValue("10m") Duration republish,
		@DefaultValue("1s") Duration witnessTimeout, List<WitnessEndpoint> witnesses, @DefaultValue("all") String quorum,
		@DefaultValue("true") boolean demoWitnesses, String tsaUrl, @DefaultValue("SHA-256") String tsaImprint,
		Path tsaRootFile) {

	/** One configured witness. */
	public record WitnessEndpoint(String name, URI url, String vkey) {
	}

	public CheckpointProperties {
		witnesses = witnesses == null ? List.of() : List.copyOf(witnesses);
	}
}
