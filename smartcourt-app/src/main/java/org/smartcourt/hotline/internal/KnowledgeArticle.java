package org.smartcourt.hotline.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * 知识库条目: a question and its answer, with the rule it rests on.
 *
 * @param topic FEES (诉讼费), FILING (立案), SERVICE (送达), TRIAL (审理), ENFORCEMENT (执行) or OTHER.
 * @param source the law and article, or 本院服务承诺 for local practice.
 */
public record KnowledgeArticle(UUID id, String code, String topic, String title, String keywords, String body,
		String source, Instant updatedAt, String updatedBy, long version) {

	public String topicKey() {
		return "hotline.kb.topic." + topic;
	}
}
