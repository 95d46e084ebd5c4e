package org.smartcourt.ledger.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The recursive definitions of RFC 6962 §2.1 / RFC 9162 §2.1.1, §2.1.3.1, §2.1.4.1 written as
 * literally as possible over the list of entries, as an oracle for tests. Quadratic; tests only.
 */
final class MerkleReference {

	private final TreeHasher hasher;

	MerkleReference(TreeHasher hasher) {
		this.hasher = hasher;
	}

	byte[] mth(List<byte[]> d) {
		int n = d.size();
		if (n == 0) {
			return hasher.emptyRoot();
		}
		if (n == 1) {
			return hasher.hashLeaf(d.get(0));
		}
		int k = largestPowerOfTwoBelow(n);
		return hasher.hashChildren(mth(d.subList(0, k)), mth(d.subList(k, n)));
	}

	List<byte[]> path(int m, List<byte[]> d) {
		int n = d.size();
		List<byte[]> out = new ArrayList<>();
		if (n == 1) {
			return out;
		}
		int k = largestPowerOfTwoBelow(n);
		if (m < k) {
			out.addAll(path(m, d.subList(0, k)));
			out.add(mth(d.subList(k, n)));
		} else {
			out.addAll(path(m - k, d.subList(k, n)));
			out.add(mth(d.subList(0, k)));
		}
		return out;
	}

	List<byte[]> proof(int m, List<byte[]> d) {
		return subproof(m, d, true);
	}

	private List<byte[]> subproof(int m, List<byte[]> d, boolean b) {
		int n = d.size();
		List<byte[]> out = new ArrayList<>();
		if (m == n) {
			if (!b) {
				out.add(mth(d));
			}
			return out;
		}
		int k = largestPowerOfTwoBelow(n);
		if (m <= k) {
			out.addAll(subproof(m, d.subList(0, k), b));
			out.add(mth(d.subList(k, n)));
		} else {
			out.addAll(subproof(m - k, d.subList(k, n), false));
			out.add(mth(d.subList(0, k)));
		}
		return out;
	}

	private static int largestPowerOfTwoBelow(int n) {
		int k = 1;
		while (k << 1 < n) {
			k <<= 1;
		}
		return k;
	}
}
