package org.smartcourt.bench.data;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Deterministic random streams: one {@link SplittableRandom} per purpose and key (court, chunk…), derived from the
 * seed, so chunks generated in parallel or resumed later produce the same rows.
 */
final class Seeds {

	private Seeds() {
	}

	static SplittableRandom random(long seed, String purpose, Object... keys) {
		long h = seed * 0x9E3779B97F4A7C15L;
		h = mix(h, purpose);
		for (Object key : keys) {
			h = mix(h, String.valueOf(key));
		}
		return new SplittableRandom(h);
	}

	private static long mix(long h, String s) {
		for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
			h = (h ^ b) * 0x100000001B3L;
			h ^= h >>> 29;
		}
		return h * 0xBF58476D1CE4E5B9L;
	}

	/**
	 * The stream of one record kept about one entity (the mediation of a case…), independent of the chunk's stream,
	 * so that adding or changing such records leaves every other generated row as it was.
	 */
	static SplittableRandom of(String purpose, UUID id) {
		return random(id.getMostSignificantBits() ^ id.getLeastSignificantBits(), purpose);
	}

	/** The id of the record of a kind kept about an entity, e.g. ("mediation", case id): the same on every run. */
	static UUID derived(String kind, Object key) {
		return UUID.nameUUIDFromBytes((kind + " " + key).getBytes(StandardCharsets.UTF_8));
	}

	/** A version-4 UUID from the stream. */
	static UUID uuid(SplittableRandom random) {
		long hi = (random.nextLong() & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
		long lo = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(hi, lo);
	}

	/** Log-normal with the given median and spread (sigma of the underlying normal). */
	static double logNormal(SplittableRandom random, double median, double sigma) {
		double u1 = 1 - random.nextDouble();
		double u2 = random.nextDouble();
		double z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
		return median * Math.exp(sigma * z);
	}
}
