package org.smartcourt.casefile.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smartcourt.casefile.internal.documents.CourtMarkdown;

/** The layout conventions of document templates, and that nothing but text gets through from a template or an edit. */
class CourtMarkdownTests {

	private final CourtMarkdown markdown = new CourtMarkdown();

	@Test
	void headingsQuotesAndParagraphsGetTheCourtLayoutClasses() {
		String html = markdown.toXhtml("""
				# 吉林省长春市朝阳区人民法院
				## 传　票
				> （2026）吉0104民初1号

				张三：
				本院受理原告张三诉被告李四民间借贷纠纷一案。

				> 长春市朝阳区人民法院
				> 二〇二六年十一月二十九日
				""");
		assertThat(html).contains("<h1 class=\"court-name\">吉林省长春市朝阳区人民法院</h1>")
			.contains("<h2 class=\"doc-title\">传　票</h2>")
			.contains("<blockquote class=\"right\">\n<p>（2026）吉0104民初1号</p>")
			.contains("<blockquote class=\"right signature\">\n<p>长春市朝阳区人民法院<br />二〇二六年十一月二十九日</p>")
			.contains("<p>张三：<br />本院受理原告张三诉被告李四民间借贷纠纷一案。</p>");
		assertThat(html.indexOf("signature")).as("only the last right-aligned block is the 落款")
			.isEqualTo(html.lastIndexOf("signature"));
	}

	@Test
	void tablesBecomeFormGrids() {
		String html = markdown.toXhtml("""
				| 被传唤人 | 李四 |
				|---|---|
				| 应到时间 | 二〇二六年十二月一日 |
				""");
		assertThat(html).contains("<table>").contains("<th>被传唤人</th>").contains("<td>二〇二六年十二月一日</td>");
	}

	@Test
	void rawHtmlIsEscapedNotPassedThrough() {
		String html = markdown.toXhtml("""
				<div style="color:red">原告</div>

				正文<script>alert(1)</script>&amp;
				""");
		assertThat(html).doesNotContain("<div").doesNotContain("<script").contains("&lt;script&gt;");
	}

	@Test
	void linksAndImagesAreReducedToTheirText() {
		String html = markdown.toXhtml("见[附件](http://example.org/a) ![院印](http://example.org/seal.png) 完");
		assertThat(html).doesNotContain("<a ").doesNotContain("<img").doesNotContain("example.org").contains("见附件 院印 完");
	}

	@Test
	void aDocumentWithoutRightAlignedBlocksHasNoSignature() {
		assertThat(markdown.toXhtml("## 通知书\n\n正文")).doesNotContain("signature").doesNotContain("blockquote");
	}
}
