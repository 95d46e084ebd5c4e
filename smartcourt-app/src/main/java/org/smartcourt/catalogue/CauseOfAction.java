package org.smartcourt.catalogue;

/**
 * 案由: one node of the four-level catalogue of causes of action (民事案件案由规定, 2020 revision).
 *
 * @param code a stable code of the node: the official numbers of its levels joined by dots (部分, the second- and
 * third-level serials that run through the whole catalogue, the fourth-level item), e.g. {@code 4.10.103.3} for
 * 第四部分 / 十、合同纠纷 / 103.借款合同纠纷 / (3)民间借贷纠纷. Codes of causes a later catalogue drops stay readable.
 * @param name the Chinese name, e.g. 民间借贷纠纷.
 * @param level 1 (部分) to 4.
 * @param parentCode the parent node's code, or {@literal null} for a first-level node.
 */
public record CauseOfAction(String code, String name, int level, String parentCode) {
}
