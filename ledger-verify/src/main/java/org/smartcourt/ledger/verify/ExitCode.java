package org.smartcourt.ledger.verify;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The verifier's exit codes, one per class of failure, so that scripts (and appraisers' tooling) can tell a file that
 * does not match from a receipt that is forged. When several checks would fail, the first one in check order wins.
 */
enum ExitCode {

	OK(0, "核验通过", "verified"),
	USAGE(1, "用法错误或输入文件无法读取", "usage error or unreadable input"),
	MALFORMED(2, "存证凭证、检查点或策略文件格式错误", "malformed receipt, checkpoint or policy"),
	DIGEST_NOT_IN_LEAF(3, "文件摘要不在存证条目中（文件与存证不符）", "the file's digest is not in the entry (the file does not match)"),
	INCLUSION_FAILED(4, "包含证明不成立", "the inclusion proof fails"),
	LOG_SIGNATURE(5, "检查点缺少受信任日志的有效签名，或策略所列密钥的签名无效",
			"the log signature is missing or invalid (or a signature by a key in the policy fails)"),
	QUORUM_NOT_MET(6, "见证人联署未达到策略要求的法定数", "the witness quorum is not met"),
	CONSISTENCY_FAILED(7, "一致性证明不成立", "the consistency proof fails"),
	TSA_INVALID(8, "可信时间戳令牌无效", "the TSA time-stamp token is invalid");

	private final int code;
	private final String zh;
	private final String en;

	ExitCode(int code, String zh, String en) {
		this.code = code;
		this.zh = zh;
		this.en = en;
	}

	int code() {
		return code;
	}

	String zh() {
		return zh;
	}

	String en() {
		return en;
	}

	/** The list picocli prints under "Exit codes" in every command's help. */
	static Map<String, String> helpList() {
		Map<String, String> list = new LinkedHashMap<>();
		for (ExitCode c : values()) {
			list.put(String.valueOf(c.code), c.zh + " / " + c.en);
		}
		return list;
	}
}
