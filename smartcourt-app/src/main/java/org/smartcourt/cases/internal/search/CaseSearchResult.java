package org.smartcourt.cases.internal.search;

import java.util.List;

/**
 * The cases a search found, newest first.
 *
 * @param more whether more cases matched than {@link CaseSearch#LIMIT}; the user should narrow the search
 */
public record CaseSearchResult(SearchKind kind, List<CaseSearchHit> hits, boolean more) {
}
