package org.smartcourt.hearings;

/** Whether a party or agent appeared at a held hearing. */
public record Attendance(int partySeq, String name, boolean agent, boolean appeared, String note) {
}
