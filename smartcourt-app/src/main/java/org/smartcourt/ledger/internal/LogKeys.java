package org.smartcourt.ledger.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.ledger.core.note.Ed25519NoteSigner;
import org.smartcourt.ledger.core.note.NoteSigner;
import org.smartcourt.ledger.core.note.SignerKey;
import org.smartcourt.ledger.core.note.Sm2NoteSigner;
import org.smartcourt.ledger.core.note.VerifierKey;
import org.smartcourt.shared.SmartCourtMode;

/**
 * The log's signing keys: Ed25519 always (C2SP interoperability; the public witness network requires it), SM2 as
 * well when configured (国密, ledger-reference §5.3). Keys come from configuration or key files; production mode
 * refuses to start without one, and only demo mode generates a key, stores it under the key directory and says so.
 */
final class LogKeys {

	private static final Logger log = LoggerFactory.getLogger(LogKeys.class);

	private final List<NoteSigner> signers;

	private LogKeys(List<NoteSigner> signers) {
		this.signers = List.copyOf(signers);
	}

	static LogKeys load(CheckpointProperties properties, SmartCourtMode mode) {
		String origin = properties.origin();
		List<NoteSigner> signers = new ArrayList<>();
		NoteSigner ed25519;
		if (properties.signingKey() != null && !properties.signingKey().isBlank()) {
			ed25519 = parse(properties.signingKey(), "smartcourt.ledger.checkpoint.signing-key");
		}
		else {
			Path file = properties.signingKeyFile() != null && !properties.signingKeyFile().toString().isEmpty() ? properties.signingKeyFile()
					: properties.keyDirectory().resolve("log-ed25519.key");
			ed25519 = fromFile(file, mode, () -> Ed25519NoteSigner.generate(origin).signerKey());
		}
		signers.add(ed25519);
		Path sm2 = properties.sm2KeyFile() != null ? properties.sm2KeyFile()
				: mode == SmartCourtMode.DEMO ? properties.keyDirectory().resolve("log-sm2.key") : null;
		if (sm2 != null) {
			signers.add(fromFile(sm2, mode, () -> Sm2NoteSigner.generate(origin).signerKey()));
		}
		for (NoteSigner signer : signers) {
			if (!signer.keyName().equals(origin)) {
				throw new IllegalStateException("证据链日志密钥名称须与 origin 一致 (c2sp.org/tlog-checkpoint): key "
						+ signer.keyName() + " ≠ origin " + origin);
			}
		}
		return new LogKeys(signers);
	}

	private static NoteSigner fromFile(Path file, SmartCourtMode mode, Supplier<SignerKey> demoKey) {
		try {
			if (Files.exists(file)) {
				return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
			}
			if (mode != SmartCourtMode.DEMO) {
				throw new IllegalStateException("生产模式下必须配置证据链日志签名密钥（" + file + " 不存在）。"
						+ " Production mode needs the ledger's signing key: set smartcourt.ledger.checkpoint.signing-key(-file).");
			}
			DemoKeyFile.Key stored = DemoKeyFile.readOrGenerate(file, () -> demoKey.get().encoded());
			if (!stored.generated()) {
				return parse(stored.encoded(), file.toString());
			}
			SignerKey key = SignerKey.parse(stored.encoded());
			restrict(file);
			log.warn("演示模式：已生成演示用证据链签名密钥 {}（仅供演示，不得用于生产）。Demo mode generated the ledger key {} in {}",
					key, key, file);
			return key.signer(Clock.systemUTC());
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read or create the ledger key " + file, e);
		}
	}

	private static void restrict(Path file) {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException | IOException e) {
			log.debug("cannot restrict permissions of {}", file, e);
		}
	}

	private static NoteSigner parse(String text, String source) {
		try {
			return SignerKey.parse(text).signer(Clock.systemUTC());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException("invalid ledger key in " + source + ": " + e.getMessage(), e);
		}
	}

	/** The signers, Ed25519 first. */
	List<NoteSigner> signers() {
		return signers;
	}

	/** The public keys, as {@code /ledger/key} lists them. */
	List<VerifierKey> verifierKeys() {
		return signers.stream().map(NoteSigner::verifierKey).toList();
	}
}
