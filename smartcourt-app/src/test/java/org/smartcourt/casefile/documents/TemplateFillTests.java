package org.smartcourt.casefile.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcourt.casefile.internal.documents.TemplateFill;
import org.smartcourt.shared.DomainException;

/** Filling templates: expressions, loops, and a clear refusal of what cannot be filled. */
class TemplateFillTests {

	private final TemplateFill fill = new TemplateFill();

	private static final Map<String, Object> MODEL = Map.of("case", Map.of("number", "（2026）吉0104民初1号"), "plaintiffs",
			List.of(Map.of("name", "张三"), Map.of("name", "王五")));

	@Test
	void expressionsAndLoopsAreFilled() {
		String text = fill.fill("案号[(${case.number})]；原告：[# th:each=\"p, it : ${plaintiffs}\"][(${p.name})][# th:unless=\"${it.last}\"]、[/][/]。",
				MODEL);
		assertThat(text).isEqualTo("案号（2026）吉0104民初1号；原告：张三、王五。");
	}

	@Test
	void filledTextIsNotEscapedForHtml() {
		assertThat(fill.fill("[(${v})]", Map.of("v", "A&B <c>"))).isEqualTo("A&B <c>");
	}

	@Test
	void aBrokenExpressionIsAFieldProblemOnTheBody() {
		assertThatThrownBy(() -> fill.fill("案号[(${case.number)]", MODEL)).isInstanceOfSatisfying(DomainException.class,
				ex -> {
					assertThat(ex.kind()).isEqualTo(DomainException.Kind.INVALID_INPUT);
					assertThat(ex.fieldProblems()).singleElement().satisfies(p -> {
						assertThat(p.field()).isEqualTo("body");
						assertThat(p.messageKey()).isEqualTo("validation.casefile.template.syntax");
					});
				});
	}

	@Test
	void anUnclosedBlockIsRefused() {
		assertThatThrownBy(() -> fill.fill("[# th:each=\"p : ${plaintiffs}\"][(${p.name})]", MODEL))
			.isInstanceOf(DomainException.class);
	}

	@Test
	void templatesCannotReachJavaClasses() {
		assertThatThrownBy(() -> fill.fill("[(${T(java.lang.System).getProperty('user.home')})]", MODEL))
			.isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> fill.fill("[(${new java.io.File('/').list()})]", MODEL))
			.isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> fill.fill("[(${case.getClass().forName('java.lang.Runtime').getRuntime()})]", MODEL))
			.isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> fill.fill("[(${@environment.getProperty('user.home')})]", MODEL))
			.isInstanceOf(DomainException.class);
	}
}
