package org.shield.application.report;

import java.time.Instant;

/**
 * What {@code report verify} found. {@link Outcome#Genuine}: the vault produced exactly this file.
 * {@link Outcome#Altered}: the file carries the id of a report the vault produced, but its bytes differ
 * from what was produced. {@link Outcome#Unknown}: this vault did not produce it.
 */
public record ReportVerification(Outcome outcome, String sha256, String reportId, String kind, String caseNumber,
        String producedBy, Instant producedAt, String language, int pages) {
    public enum Outcome {
        Genuine,
        Altered,
        Unknown
    }
}
