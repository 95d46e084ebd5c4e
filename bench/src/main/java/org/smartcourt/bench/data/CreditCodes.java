package org.smartcourt.bench.data;

import java.util.List;
import java.util.SplittableRandom;

/**
 * 统一社会信用代码 (GB 32100-2015) of companies registered in Jilin: 登记管理部门代码 9 (工商), 机构类别代码 1 (企业),
 * a 22xxxx 登记管理机关行政区划码, a 9-character 主体标识码 (组织机构代码, itself with its GB 11714 check character)
 * and the 校验码 with weights 3^i mod 31.
 */
final class CreditCodes {

	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
	private static final int[] ORG_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	private CreditCodes() {
	}

	static String next(SplittableRandom random, List<String> areas) {
		StringBuilder org = new StringBuilder(9);
		for (int i = 0; i < 8; i++) {
			// 组织机构代码 本体 uses digits and upper-case letters; digits keep it in the credit code alphabet
			org.append((char) ('0' + random.nextInt(10)));
		}
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (org.charAt(i) - '0') * ORG_WEIGHTS[i];
		}
		int c = 11 - sum % 11;
		org.append(c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c));
		String first17 = "91" + areas.get(random.nextInt(areas.size())) + org;
		return first17 + checkCharacter(first17);
	}

	static char checkCharacter(String first17) {
		int sum = 0;
		int weight = 1;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * weight;
			weight = weight * 3 % 31;
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}
}
