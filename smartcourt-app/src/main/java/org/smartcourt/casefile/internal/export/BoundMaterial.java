package org.smartcourt.casefile.internal.export;

import org.smartcourt.casefile.internal.catalogue.CaseMaterial;

/**
 * A material as it goes into a bound volume, with its category's name for the bookmarks.
 *
 * @param seq 序号 in the 卷内目录.
 */
public record BoundMaterial(int seq, CaseMaterial material, String categoryCode, String categoryName) {
}
