package org.smartcourt.catalogue;

/**
 * 案由: one node of the four-level catalogue of causes of action (民事案件案由规定, 2020 revision).
 *
 * @param code a stable code of the node (its position in the catalogue, e.g. {@code 4.10.85}).
 * @param name the Chinese name, e.g. 民间借贷纠纷.
 * @param level 1 (部分) to 4.
 * @param parentCode the parent node's code, or {@literal null} for a first-level node.
 */
public record CauseOfAction(String code, String name, int level, String parentCode) {
}
