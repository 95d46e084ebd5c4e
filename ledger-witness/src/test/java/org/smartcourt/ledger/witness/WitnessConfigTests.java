package org.smartcourt.ledger.witness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcourt.ledger.core.note.CosignatureV1;
import org.smartcourt.ledger.core.note.Ed25519NoteSigner;
import org.smartcourt.ledger.core.note.VerifierKey;

class WitnessConfigTests {

	@TempDir
	Path folder;
	final VerifierKey sha = Ed25519NoteSigner.generate("ledger.jl.court/evidence/2026").verifierKey();
	final VerifierKey sha2 = Ed25519NoteSigner.generate("ledger.jl.court/evidence/2026").verifierKey();
	final VerifierKey sm3 = Ed25519NoteSigner.generate("ledger.jl.court/sm3-key").verifierKey();

	@Test
	void readsAPropertiesFile() throws IOException {
		Path file = folder.resolve("witness.properties");
		Files.writeString(file, """
				# 吉林省高级人民法院 见证节点
				witness.name=witness.jl.court/gaoyuan
				witness.key-file=keys/witness.key
				witness.listen=[::1]:8443
				witness.prefix=/witness
				witness.jdbc-url=jdbc:postgresql://localhost:5432/witness
				witness.jdbc-user=witness
				witness.jdbc-password=secret
				log.1.vkey=%s, %s
				log.2.vkey=%s
				log.2.hash=SM3
				log.2.origin=ledger.jl.court/evidence-sm3/2026
				""".formatted(sha, sha2, sm3));

		WitnessConfig config = WitnessConfig.load(file);

		assertThat(config.name()).isEqualTo("witness.jl.court/gaoyuan");
		assertThat(config.keyFile()).isEqualTo(folder.toAbsolutePath().resolve("keys/witness.key"));
		assertThat(config.listen().getAddress()).isEqualTo(java.net.InetAddress.getByName("::1"));
		assertThat(config.listen().getPort()).isEqualTo(8443);
		assertThat(config.prefix()).isEqualTo("/witness");
		assertThat(config.jdbcPassword()).isEqualTo("secret");
		assertThat(config.logs()).hasSize(2);
		assertThat(config.logs().get(0).origin()).isEqualTo("ledger.jl.court/evidence/2026");
		assertThat(config.logs().get(0).keys()).containsExactly(sha, sha2);
		assertThat(config.logs().get(0).hasher().algorithm()).isEqualTo("SHA-256");
		assertThat(config.logs().get(1).origin()).isEqualTo("ledger.jl.court/evidence-sm3/2026");
		assertThat(config.logs().get(1).hasher().algorithm()).isEqualTo("SM3");
	}

	@Test
	void namesWhatIsWrong() {
		assertThat(problem(p -> p.remove("witness.key-file"))).contains("witness.key-file");
		assertThat(problem(p -> p.remove("witness.jdbc-url"))).contains("witness.jdbc-url");
		assertThat(problem(p -> p.remove("log.1.vkey"))).contains("no log");
		assertThat(problem(p -> p.setProperty("log.1.hash", "MD5"))).contains("SHA-256 or SM3");
		assertThat(problem(p -> p.setProperty("log.1.vkey", "nonsense"))).contains("log.1.vkey");
		assertThat(problem(p -> p.setProperty("log.1.key", sha.toString()))).contains("unknown setting log.1.key");
		assertThat(problem(p -> p.setProperty("witness.listen", "7380"))).contains("host:port");
		String witnessKey = CosignatureV1.Signer.generate("witness.jl.court/w").verifierKey().toString();
		assertThat(problem(p -> p.setProperty("log.1.vkey", witnessKey))).contains("a witness key, not a log key");
	}

	private String problem(java.util.function.Consumer<Properties> change) {
		Properties p = new Properties();
		p.setProperty("witness.name", "w");
		p.setProperty("witness.key-file", "w.key");
		p.setProperty("witness.jdbc-url", "jdbc:postgresql://localhost/w");
		p.setProperty("log.1.vkey", sha.toString());
		WitnessConfig.from(p, folder);
		change.accept(p);
		return org.assertj.core.api.Assertions.catchThrowableOfType(IllegalArgumentException.class,
				() -> WitnessConfig.from(p, folder)).getMessage();
	}
}
