package org.smartcourt.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartcourt.notification.Category;
import org.smartcourt.shared.DomainException;

/** The template file format: headers, separator, body; placeholders filled or refused. */
class TemplateTextTests {

	private static final String TEXT = """
			category: SERVICE
			title: 诉讼文书送达：{documentTitle}
			sms: 【吉林法院】您有诉讼文书《{documentTitle}》待查收，请登录 {link} 查看。
			---
			{partyName}：
			请查收《{documentTitle}》。
			""";

	@Test
	void parsesHeadersAndBody() {
		TemplateText t = TemplateText.parse(TEXT);
		assertThat(t.category()).isEqualTo(Category.SERVICE);
		assertThat(t.title()).isEqualTo("诉讼文书送达：{documentTitle}");
		assertThat(t.body()).isEqualTo("{partyName}：\n请查收《{documentTitle}》。");
		assertThat(t.placeholders()).containsExactly("documentTitle", "link", "partyName");
		assertThat(TemplateText.parse(t.text())).isEqualTo(t);
	}

	@Test
	void rendersWithTheAbsoluteLink() {
		TemplateText.Rendered r = TemplateText.parse(TEXT)
			.render(Map.of("documentTitle", "传票", "partyName", "张三"), "https://court.example/my");
		assertThat(r.title()).isEqualTo("诉讼文书送达：传票");
		assertThat(r.sms()).isEqualTo("【吉林法院】您有诉讼文书《传票》待查收，请登录 https://court.example/my 查看。");
		assertThat(r.body()).isEqualTo("张三：\n请查收《传票》。");
	}

	@Test
	void withoutAnSmsLineTheSmsIsTheTitleAndLink() {
		TemplateText t = TemplateText.parse("category: SYSTEM\ntitle: 通知{x}\n---\n正文");
		assertThat(t.render(Map.of("x", "一"), "https://c/x").sms()).isEqualTo("通知一 https://c/x");
	}

	@Test
	void aMissingValueIsTheCallersBug() {
		assertThatThrownBy(() -> TemplateText.parse(TEXT).render(Map.of("documentTitle", "传票"), null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("{partyName}");
	}

	@Test
	void malformedTemplatesAreFieldErrors() {
		assertThat(problem("title: x\n---\nbody")).isEqualTo("validation.notification-template.category");
		assertThat(problem("category: SERVICE\ntitle: x\nbody")).isEqualTo("validation.notification-template.separator");
		assertThat(problem("category: SERVICE\ntitel: x\n---\nbody")).isEqualTo("validation.notification-template.header");
		assertThat(problem("category: SERVICE\ntitle: x\ntitle: y\n---\nbody"))
			.isEqualTo("validation.notification-template.header");
		assertThat(problem("category: NOPE\ntitle: x\n---\nbody")).isEqualTo("validation.notification-template.category");
		assertThat(problem("category: SERVICE\ntitle: x\n---\n")).isEqualTo("validation.notification-template.separator");
		assertThat(problem("category: SERVICE\n---\nbody")).isEqualTo("validation.notification-template.title");
	}

	@Test
	void onlyTheCallersPlaceholdersMayBeUsed() {
		TemplateText edited = TemplateText.parse(TEXT.replace("{partyName}", "{partyName}{secret}"));
		assertThatThrownBy(() -> edited.requireOnly(Set.of("documentTitle", "partyName")))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.fieldProblems())
				.singleElement()
				.satisfies(f -> {
					assertThat(f.messageKey()).isEqualTo("validation.notification-template.placeholder");
					assertThat(f.args()).containsExactly("{secret}");
				}));
		TemplateText.parse(TEXT).requireOnly(Set.of("documentTitle", "partyName"));
	}

	private static String problem(String text) {
		try {
			TemplateText.parse(text);
		}
		catch (DomainException ex) {
			return ex.fieldProblems().get(0).messageKey();
		}
		return "none";
	}
}
