package org.smartcourt.hotline.internal;

/** A new or edited 知识库 entry as an agent typed it. */
public record KnowledgeDraft(String topic, String title, String keywords, String body, String source) {
}
