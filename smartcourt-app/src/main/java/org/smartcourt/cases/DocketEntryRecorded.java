package org.smartcourt.cases;

/** Published, in the recording transaction, for every docket entry; modules that keep case clocks listen. */
public record DocketEntryRecorded(DocketEntry entry) {
}
