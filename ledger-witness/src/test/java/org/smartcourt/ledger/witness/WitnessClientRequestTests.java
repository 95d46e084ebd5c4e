package org.smartcourt.ledger.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcourt.ledger.core.TreeHasher;
import org.smartcourt.ledger.core.note.SignedNote;

class WitnessClientRequestTests {

	final TestLog log = new TestLog("ledger.test.court/client", TreeHasher.sha256());

	@Test
	void encodesTheBodyTheSpecificationDescribes() {
		byte[] h1 = log.root(1);
		byte[] h2 = log.root(2);

		byte[] body = WitnessClientRequest.addCheckpointBody(4, List.of(h1, h2), SignedNote.parse(log.checkpoint(9)));

		assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("old 4\n"
				+ Base64.getEncoder().encodeToString(h1) + "\n" + Base64.getEncoder().encodeToString(h2) + "\n"
				+ "\n" + log.checkpoint(9));
		assertThat(new String(WitnessClientRequest.addCheckpointBody(0, List.of(), SignedNote.parse(log.checkpoint(9))),
				StandardCharsets.UTF_8)).isEqualTo("old 0\n\n" + log.checkpoint(9));
	}

	@Test
	void refusesWhatNoWitnessWouldTake() {
		SignedNote checkpoint = SignedNote.parse(log.checkpoint(9));

		assertThatThrownBy(() -> WitnessClientRequest.addCheckpointBody(-1, List.of(), checkpoint))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> WitnessClientRequest.addCheckpointBody(4, Collections.nCopies(64, log.root(1)), checkpoint))
				.isInstanceOf(IllegalArgumentException.class);
	}
}
