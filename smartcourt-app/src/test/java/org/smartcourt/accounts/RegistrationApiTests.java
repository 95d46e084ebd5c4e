package org.smartcourt.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Registration over the API: phone verification, real-name checks, duplicates, replay, scope. */
@IntegrationTest
class RegistrationApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	TestApi api;
	Registering registering;

	@BeforeEach
	void setUp() {
		api = new TestApi(port);
		registering = new Registering(api, jdbc);
	}

	@Test
	void registersALitigantWhoCanThenSignIn() {
		String mobile = Registering.mobile();
		Map<String, Object> body = Registering.body("NATURAL_PERSON", mobile, registering.code(mobile));
		body.put("email", "zhangsan@example.cn");
		TestApi.Response created = api.post("/api/v1/registrations", null, body);

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode account = created.json().get("account");
		assertThat(account.get("role").asString()).isEqualTo("LITIGANT");
		assertThat(account.get("courtId").isNull()).isTrue();
		assertThat(account.get("mobileMasked").asString()).isEqualTo(mobile.substring(0, 3) + "****" + mobile.substring(7));
		String idNumber = (String) body.get("idNumber");
		assertThat(created.json().get("idNumberMasked").asString()).isEqualTo(idNumber.substring(0, 4) + "**********"
				+ idNumber.substring(14));
		assertThat(created.body()).doesNotContain(idNumber).doesNotContain(Registering.PASSWORD);
		assertThat(created.header("Location")).endsWith("/api/v1/accounts/" + account.get("id").asString());
		assertThat(jdbc.sql("select id_number from party_identity where user_id = ?::uuid")
			.param(account.get("id").asString())
			.query(String.class)
			.single()).isEqualTo(idNumber);
		assertThat(jdbc.sql("select count(*) from audit_record where action = 'accounts.registration' and target_id = ?")
			.param(account.get("id").asString())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_record where detail like ?")
			.param("%" + registering.latestCode(mobile) + "%")
			.query(Long.class)
			.single()).isZero();

		String token = api.token((String) body.get("username"), Registering.PASSWORD);
		assertThat(api.get("/api/v1/accounts/me", token).json().get("displayName").asString()).isEqualTo("张三");
	}

	@Test
	void aRepeatedIdenticalRegistrationAnswersTheSameAccount() {
		String mobile = Registering.mobile();
		Map<String, Object> body = Registering.body("NATURAL_PERSON", mobile, registering.code(mobile));
		TestApi.Response first = api.post("/api/v1/registrations", null, body);
		TestApi.Response again = api.post("/api/v1/registrations", null, body);

		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).as(again.body()).isEqualTo(200);
		assertThat(again.json().get("account").get("id").asString())
			.isEqualTo(first.json().get("account").get("id").asString());
		assertThat(jdbc.sql("select count(*) from user_account where mobile = ?").param(mobile).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void registersALawyerAndAnOrganizationRepresentative() {
		String mobile = Registering.mobile();
		Map<String, Object> lawyer = Registering.body("LAWYER", mobile, registering.code(mobile));
		lawyer.put("lawyerLicenseNumber", "12201200010123456".substring(0, 17));
		lawyer.put("lawFirm", "吉林某某律师事务所");
		TestApi.Response created = api.post("/api/v1/registrations", null, lawyer);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("account").get("role").asString()).isEqualTo("LAWYER");

		String orgMobile = Registering.mobile();
		Map<String, Object> representative = Registering.body("ORGANIZATION_REPRESENTATIVE", orgMobile,
				registering.code(orgMobile));
		representative.put("organizationName", "长春某某有限公司");
		representative.put("organizationCreditCode", "91350100M000100Y43");
		TestApi.Response org = api.post("/api/v1/registrations", null, representative);
		assertThat(org.status()).as(org.body()).isEqualTo(201);
		assertThat(org.json().get("account").get("role").asString()).isEqualTo("LITIGANT");
		assertThat(org.json().get("organizationCreditCode").asString()).isEqualTo("91350100M000100Y43");
	}

	@Test
	void aBadIdNumberIsAFieldProblemAndChangesNothing() {
		String mobile = Registering.mobile();
		Map<String, Object> body = Registering.body("LAWYER", mobile, registering.code(mobile));
		String id = (String) body.get("idNumber");
		body.put("idNumber", id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0'));
		TestApi.Response response = api.post("/api/v1/registrations", null, body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).contains("application/problem+json");
		assertThat(response.json().get("type").asString()).endsWith("/problems/validation-failed");
		JsonNode errors = response.json().get("errors");
		assertThat(errors.findValuesAsString("field")).contains("idNumber", "lawyerLicenseNumber", "lawFirm");
		for (JsonNode error : errors) {
			if (error.get("field").asString().equals("idNumber")) {
				assertThat(error.get("code").asString()).isEqualTo("checksum");
				assertThat(error.get("message").asString()).contains("校验位");
			}
		}
		assertThat(jdbc.sql("select count(*) from user_account where username = ?")
			.param(body.get("username"))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aSecondAccountForTheSamePersonIsAConflict() {
		Map<String, Object> first = registering.litigant();
		String mobile = Registering.mobile();
		Map<String, Object> second = Registering.body("NATURAL_PERSON", mobile, registering.code(mobile));
		second.put("idNumber", first.get("idNumber"));
		TestApi.Response response = api.post("/api/v1/registrations", null, second);

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.json().get("type").asString()).endsWith("/problems/id-number-registered");
		assertThat(response.json().get("detail").asString()).contains("公民身份号码已注册");
		// the code was not used up by the refused registration
		second.put("idNumber", Registering.idNumber());
		assertThat(api.post("/api/v1/registrations", null, second).status()).isEqualTo(201);
	}

	@Test
	void fiveWrongCodesLockTheCode() {
		String mobile = Registering.mobile();
		String code = registering.code(mobile);
		String wrong = code.equals("000000") ? "111111" : "000000";
		Map<String, Object> body = Registering.body("NATURAL_PERSON", mobile, wrong);
		for (int i = 1; i <= 4; i++) {
			TestApi.Response response = api.post("/api/v1/registrations", null, body);
			assertThat(response.status()).isEqualTo(400);
			assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
			assertThat(response.json().get("errors").get(0).get("message").asString()).contains(String.valueOf(5 - i));
		}
		TestApi.Response fifth = api.post("/api/v1/registrations", null, body);
		assertThat(fifth.status()).isEqualTo(429);
		assertThat(fifth.json().get("type").asString()).endsWith("/problems/otp-locked");

		body.put("code", code);
		assertThat(api.post("/api/v1/registrations", null, body).status()).isEqualTo(429);
	}

	@Test
	void aSecondCodeWithinAMinuteIsRefused() {
		String mobile = Registering.mobile();
		registering.code(mobile);
		TestApi.Response again = api.post("/api/v1/registrations/otp", null, Map.of("mobile", mobile));
		assertThat(again.status()).isEqualTo(429);
		assertThat(again.json().get("type").asString()).endsWith("/problems/too-many-requests");
		assertThat(again.json().get("detail").asString()).contains("60秒");
		assertThat(api.post("/api/v1/registrations/otp", null, Map.of("mobile", "12345")).status()).isEqualTo(400);
	}

	@Test
	void aLitigantCannotReadAnotherAccount() {
		Map<String, Object> one = registering.litigant();
		Map<String, Object> other = registering.litigant();
		String token = api.token((String) one.get("username"), Registering.PASSWORD);
		assertThat(api.get("/api/v1/accounts/" + one.get("id"), token).status()).isEqualTo(200);
		TestApi.Response response = api.get("/api/v1/accounts/" + other.get("id"), token);
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().get("type").asString()).endsWith("/problems/account-not-found");
	}

	@Test
	void changesThePasswordWithFieldProblemsInChinese() {
		Map<String, Object> user = registering.litigant();
		String username = (String) user.get("username");
		String token = api.token(username, Registering.PASSWORD);

		TestApi.Response wrongCurrent = api.post("/api/v1/accounts/me/password", token,
				Map.of("currentPassword", "Wrong#pass1", "newPassword", "N3w!password", "confirmation", "N3w!password"));
		assertThat(wrongCurrent.status()).isEqualTo(400);
		assertThat(wrongCurrent.json().get("errors").get(0).get("field").asString()).isEqualTo("currentPassword");
		assertThat(wrongCurrent.json().get("errors").get(0).get("message").asString()).isEqualTo("当前密码不正确");

		TestApi.Response mismatch = api.post("/api/v1/accounts/me/password", token, Map.of("currentPassword",
				Registering.PASSWORD, "newPassword", "N3w!password", "confirmation", "N3w!passwore"));
		assertThat(mismatch.status()).isEqualTo(400);
		assertThat(mismatch.json().get("errors").get(0).get("field").asString()).isEqualTo("confirmation");

		TestApi.Response weak = api.post("/api/v1/accounts/me/password", token,
				Map.of("currentPassword", Registering.PASSWORD, "newPassword", "short", "confirmation", "short"));
		assertThat(weak.json().get("errors").get(0).get("field").asString()).isEqualTo("newPassword");

		TestApi.Response changed = api.post("/api/v1/accounts/me/password", token,
				Map.of("currentPassword", Registering.PASSWORD, "newPassword", "N3w!password", "confirmation",
						"N3w!password"));
		assertThat(changed.status()).as(changed.body()).isEqualTo(204);
		assertThat(api.post("/api/v1/auth/token", null, Map.of("username", username, "password", Registering.PASSWORD))
			.status()).isEqualTo(400);
		assertThat(api.token(username, "N3w!password")).isNotBlank();
		assertThat(jdbc.sql("select count(*) from audit_record where action = 'accounts.password.change' "
				+ "and outcome = 'SUCCESS' and target_id = ?").param(user.get("id")).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void showsTheRegistrationPageAndTheDevelopmentOutbox() {
		TestApi.Response page = api.getAny("/register", null);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("公民身份号码").contains("aria-describedby=\"idNumber-hint\"");
		String mobile = Registering.mobile();
		registering.code(mobile);
		TestApi.Response outbox = api.getAny("/dev/sms-outbox", null);
		assertThat(outbox.status()).isEqualTo(200);
		assertThat(outbox.body()).contains(mobile).contains("验证码");
	}
}
