package org.smartcourt.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

/**
 * 钉钉自定义机器人加签. DingTalk's documentation gives the algorithm (HmacSHA256 keyed with the secret over
 * {@code timestamp + "\n" + secret}, Base64, then URL-encoded, UTF-8) and sample code, but no published
 * timestamp/secret/sign triple; so the expected values here are computed independently with javax.crypto in the test
 * (not through {@link DingTalkSignature}), for the secret and timestamp shapes of the documentation's example.
 */
class DingTalkSignatureTests {

	/** The secret format shown on the robot's 安全设置 page: "SEC" and 64 hex digits. */
	private static final String SECRET = "SEC5a3ecf88f2b3eb50db30ecfc00f53033ac909c99bf7f88fd612bda89d7f3a9dc";
	private static final long TIMESTAMP = 1_577_262_236_757L;

	private static byte[] independentHmac(String secret, long timestamp) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void signIsTheUrlEncodedBase64OfTheHmacOfTimestampNewlineSecret() throws Exception {
		DingTalkSignature signature = DingTalkSignature.of(SECRET, TIMESTAMP);
		String decoded = URLDecoder.decode(signature.sign(), StandardCharsets.UTF_8);
		assertThat(Base64.getDecoder().decode(decoded)).isEqualTo(independentHmac(SECRET, TIMESTAMP));
		assertThat(signature.timestamp()).isEqualTo(TIMESTAMP);
	}

	@Test
	void theSignIsUrlSafeAsDingTalkRequires() {
		for (long t = TIMESTAMP; t < TIMESTAMP + 200; t++) {
			String sign = DingTalkSignature.of(SECRET, t).sign();
			assertThat(sign).doesNotContain("+", "/", "=");
			assertThat(sign).matches("[A-Za-z0-9%._*-]+");
		}
	}

	@Test
	void aDifferentSecretOrTimestampGivesADifferentSign() {
		String sign = DingTalkSignature.of(SECRET, TIMESTAMP).sign();
		assertThat(DingTalkSignature.of(SECRET + "x", TIMESTAMP).sign()).isNotEqualTo(sign);
		assertThat(DingTalkSignature.of(SECRET, TIMESTAMP + 1).sign()).isNotEqualTo(sign);
	}

	@Test
	void theSignatureIsAppendedToTheWebhook() {
		DingTalkSignature signature = DingTalkSignature.of(SECRET, TIMESTAMP);
		assertThat(signature.appendTo("https://oapi.dingtalk.com/robot/send?access_token=abc"))
			.isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp=" + TIMESTAMP + "&sign="
					+ signature.sign());
	}
}
