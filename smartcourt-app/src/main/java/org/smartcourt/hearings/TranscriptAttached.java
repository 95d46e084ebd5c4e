package org.smartcourt.hearings;

import org.smartcourt.cases.CaseId;

/** Published when a held hearing's 庭审笔录 is attached; committed with it. */
public record TranscriptAttached(CaseId caseId, HearingId hearingId, String transcriptSha256) {
}
