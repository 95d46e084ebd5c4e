package org.smartcourt.casefile.internal.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Turns a filled document (Markdown) into the XHTML body of a court document, by the layout conventions the template
 * page documents: {@code # } the court's name, {@code ## } the document title, {@code #### } a line flush left (the
 * addressee's 称谓, 注意事项), a blockquote right-aligned lines (案号 under the title; the last one is the 落款, where
 * the seal goes), paragraphs the body (indented two characters), a GFM table a form grid. Raw HTML is escaped, never
 * passed through, and links and images are reduced to their text, so neither a template nor an edit can make the PDF
 * renderer fetch anything. Every line of the source is a line of the document (a soft break is a line break), since
 * Chinese text has no spaces to turn a line end into.
 */
@Component
public class CourtMarkdown {

	/** The class of the last right-aligned block, the 落款. */
	public static final String SIGNATURE = "signature";

	private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	/** The XHTML of the body's content (no {@code <html>} wrapper). */
	public String toXhtml(String markdown) {
		Node document = parser.parse(markdown == null ? "" : markdown);
		List<Node> inert = new ArrayList<>();
		List<BlockQuote> quotes = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Image image) {
				inert.add(image);
			}

			@Override
			public void visit(Link link) {
				inert.add(link);
				visitChildren(link);
			}

			@Override
			public void visit(BlockQuote quote) {
				if (quote.getParent() == document) {
					quotes.add(quote);
				}
				visitChildren(quote);
			}
		});
		inert.forEach(CourtMarkdown::unwrap);
		BlockQuote signature = quotes.isEmpty() ? null : quotes.get(quotes.size() - 1);
		HtmlRenderer renderer = HtmlRenderer.builder()
			.extensions(EXTENSIONS)
			.escapeHtml(true)
			.sanitizeUrls(true)
			.softbreak("<br />")
			.attributeProviderFactory(context -> (node, tagName, attributes) -> classes(node, signature, attributes))
			.build();
		return renderer.render(document);
	}

	private static void classes(Node node, BlockQuote signature, Map<String, String> attributes) {
		if (node instanceof Heading heading) {
			attributes.put("class", switch (heading.getLevel()) {
				case 1 -> "court-name";
				case 2 -> "doc-title";
				case 4 -> "flush";
				default -> "subheading";
			});
		}
		else if (node instanceof BlockQuote) {
			attributes.put("class", node == signature ? "right " + SIGNATURE : "right");
		}
	}

	/** Replaces a link by its text, an image by its alt text. */
	private static void unwrap(Node node) {
		if (node instanceof Image image) {
			StringBuilder alt = new StringBuilder();
			for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
				if (child instanceof Text text) {
					alt.append(text.getLiteral());
				}
			}
			image.insertBefore(new Text(alt.toString()));
			image.unlink();
			return;
		}
		Node child = node.getFirstChild();
		while (child != null) {
			Node next = child.getNext();
			node.insertBefore(child);
			child = next;
		}
		node.unlink();
	}
}
