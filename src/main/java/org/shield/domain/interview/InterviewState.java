package org.shield.domain.interview;

/**
 * Open interviews can be edited. The interviewer's sign-off freezes the content: where the unit requires a
 * countersignature it waits for a supervisor ({@link #AwaitingCountersign}), who countersigns or returns it
 * (which reopens it, recorded with the reason). Once {@link #SignedOff}, only addenda can be added.
 */
public enum InterviewState {
    Open,
    AwaitingCountersign,
    SignedOff;
}
