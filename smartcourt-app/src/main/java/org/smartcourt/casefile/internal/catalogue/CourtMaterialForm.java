package org.smartcourt.casefile.internal.catalogue;

/**
 * Material the case team adds to the file (审理报告, 评议笔录, 笔录 made outside the system…).
 *
 * @param categoryCode the category, which decides the volume (副卷 categories are internal).
 * @param title 材料名称.
 * @param forParties whether parties may read it (正卷 only; ignored for 副卷).
 */
public record CourtMaterialForm(String categoryCode, String title, boolean forParties) {
}
