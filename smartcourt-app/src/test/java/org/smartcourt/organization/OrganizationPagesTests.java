package org.smartcourt.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The organization pages: the court tree with code badges, forms with field errors, and the same scope rules. */
@IntegrationTest
class OrganizationPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void courtTreeMarksDerivedAndInferredCodes() {
		WebSession admin = WebSession.signIn(port, "it-admin");
		HttpResponse<String> page = admin.get("/admin/organization/courts");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("吉林省高级人民法院", "长春市朝阳区人民法院", ">推定<", ">待核<", "法院与机构");
		assertThat(page.body()).contains("/admin/organization/courts/220104").doesNotContain("/admin/organization/courts/220202\"");
	}

	@Test
	void courtPageListsDepartmentsCourtroomsAndStaff() {
		WebSession admin = WebSession.signIn(port, "it-admin");
		HttpResponse<String> page = admin.get("/admin/organization/courts/220104");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("民事审判第一庭", "第一法庭", "科技法庭", "沈法官", "人民陪审员", "新增人民法庭", "停用");
	}

	@Test
	void departmentFormShowsFieldErrorsThenSaves() {
		WebSession admin = WebSession.signIn(port, "it-admin");
		assertThat(admin.get("/admin/organization/courts/220100/departments/new").statusCode()).isEqualTo(200);
		HttpResponse<String> invalid = admin.post("/admin/organization/courts/220100/departments",
				Map.of("name", "", "kind", "", "version", "0"));
		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(invalid.body()).contains("请输入庭室名称", "请选择庭室类别", "aria-invalid=\"true\"",
				"aria-describedby=\"name-error\"", "id=\"name-error\"");

		String name = "少年家事审判庭" + UUID.randomUUID().toString().substring(0, 6);
		HttpResponse<String> saved = admin.post("/admin/organization/courts/220100/departments",
				Map.of("name", name, "kind", "TRIAL", "version", "0"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/admin/organization/courts/220100");
		assertThat(admin.get("/admin/organization/courts/220100").body()).contains(name, "已保存");

		HttpResponse<String> duplicate = admin.post("/admin/organization/courts/220100/departments",
				Map.of("name", name, "kind", "TRIAL", "version", "0"));
		assertThat(duplicate.statusCode()).isEqualTo(200);
		assertThat(duplicate.body()).contains("该法院已有同名的在用庭室");
	}

	@Test
	void staffFormRefusesCaseCategoriesForAClerk() {
		WebSession admin = WebSession.signIn(port, "it-admin");
		admin.get("/admin/organization/courts/220104/staff/new");
		HttpResponse<String> invalid = admin.post("/admin/organization/courts/220104/staff",
				Map.of("name", "测试书记员", "position", "CLERK", "departmentId", "", "username", "",
						"caseCategories", "0300", "version", "0"));
		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(invalid.body()).contains("只有院长、副院长、庭长、副庭长和法官可以指定审理的案件类别");
	}

	@Test
	void staffSeeTheirCourtReadOnly() {
		WebSession judge = WebSession.signIn(port, "judge");
		HttpResponse<String> redirect = judge.get("/organization/court");
		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(redirect.headers().firstValue("Location").orElseThrow()).endsWith("/organization/courts/220100");
		HttpResponse<String> page = judge.get("/organization/courts/220100");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("王立新", "周庭长", "本院机构").doesNotContain("/deactivate");
		assertThat(judge.get("/admin/organization/courts").statusCode()).isEqualTo(403);
	}

	@Test
	void basicCourtStaffCannotOpenTheIntermediateCourtPage() {
		WebSession judge = WebSession.signIn(port, "judge-0104");
		assertThat(judge.get("/organization/courts/220100").statusCode()).isEqualTo(403);
		WebSession admin0104 = WebSession.signIn(port, "it-admin-0104");
		assertThat(admin0104.get("/admin/organization/courts/220100").statusCode()).isEqualTo(403);
		assertThat(admin0104.get("/admin/organization/courts/220100/departments/new").statusCode()).isEqualTo(403);
		assertThat(admin0104.get("/admin/organization/courts/220102/tribunals/new").statusCode()).isEqualTo(403);
		assertThat(admin0104.get("/admin/organization/courts/220104/tribunals/new").statusCode()).isEqualTo(200);
	}
}
