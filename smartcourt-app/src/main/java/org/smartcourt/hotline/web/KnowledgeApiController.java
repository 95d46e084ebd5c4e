package org.smartcourt.hotline.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.hotline.internal.KnowledgeArticle;
import org.smartcourt.hotline.internal.KnowledgeBase;
import org.smartcourt.hotline.internal.KnowledgeDraft;
import org.smartcourt.shared.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 12368 知识库: public search; the desk adds and edits entries. */
@RestController
@Tag(name = "12368 Hotline")
class KnowledgeApiController {

	private final KnowledgeBase knowledge;

	KnowledgeApiController(KnowledgeBase knowledge) {
		this.knowledge = knowledge;
	}

	@GetMapping("/api/v1/public/hotline/knowledge")
	@Operation(summary = "知识库检索（公开，无需登录）：按标题、关键词、正文匹配程度排序")
	List<KnowledgeArticle> search(@RequestParam(required = false) String q) {
		return knowledge.search(q);
	}

	@GetMapping("/api/v1/public/hotline/knowledge/{id}")
	@Operation(summary = "知识库条目（公开）")
	KnowledgeArticle one(@PathVariable UUID id) {
		return knowledge.get(id);
	}

	@PostMapping("/api/v1/hotline/knowledge")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "新增知识库条目（坐席、立案庭）")
	KnowledgeArticle create(@RequestBody Entry body) {
		return knowledge.create(CurrentActor.require(), body.draft());
	}

	@PutMapping("/api/v1/hotline/knowledge/{id}")
	@Operation(summary = "修改知识库条目；version 为修改前的版本，他人已修改时返回 409")
	KnowledgeArticle update(@PathVariable UUID id, @RequestBody Entry body) {
		return knowledge.update(CurrentActor.require(), id, body.draft(), body.version() == null ? -1 : body.version());
	}

	/** A 知识库 entry as sent by an agent; {@code version} only when editing. */
	record Entry(String topic, String title, String keywords, String body, String source, Long version) {

		KnowledgeDraft draft() {
			return new KnowledgeDraft(topic, title, keywords, body, source);
		}
	}
}
