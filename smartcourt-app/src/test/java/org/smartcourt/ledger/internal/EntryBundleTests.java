package org.smartcourt.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class EntryBundleTests {

	@Test
	void entriesAreUint16BigEndianLengthPrefixed() {
		EntryBundle bundle = EntryBundle.empty(0).append(List.of(new byte[] { 7 }, new byte[300]));
		assertThat(bundle.data()).hasSize(2 + 1 + 2 + 300);
		assertThat(bundle.data()[0]).isEqualTo((byte) 0);
		assertThat(bundle.data()[1]).isEqualTo((byte) 1);
		assertThat(bundle.data()[2]).isEqualTo((byte) 7);
		assertThat(bundle.data()[3]).isEqualTo((byte) 0x01);
		assertThat(bundle.data()[4]).isEqualTo((byte) 0x2c);
		assertThat(bundle.entries()).hasSize(2);
		assertThat(bundle.count()).isEqualTo(2);
	}

	@Test
	void appendingKeepsThePrefixAndTruncatingRestoresIt() {
		EntryBundle first = EntryBundle.empty(3).append(List.of("a".getBytes(), "bc".getBytes()));
		EntryBundle grown = first.append(List.of("def".getBytes()));
		assertThat(grown.truncated(2)).isEqualTo(first.data());
		assertThat(grown.truncated(0)).isEmpty();
		assertThat(grown.entries()).extracting(String::new).containsExactly("a", "bc", "def");
		assertThatThrownBy(() -> grown.truncated(4)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void malformedBundlesAndOversizedEntriesAreRefused() {
		assertThatThrownBy(() -> new EntryBundle(0, new byte[] { 0, 5, 1 }).entries())
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> new EntryBundle(0, new byte[] { 0 }).count()).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> EntryBundle.empty(0).append(List.of(new byte[65_536])))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
