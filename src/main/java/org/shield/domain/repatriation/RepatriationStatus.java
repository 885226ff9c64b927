package org.shield.domain.repatriation;

/** Where a return stands: planned, documents ready (nationality verified, travel document issued), done, or called off. */
public enum RepatriationStatus {
    Planned,
    DocumentsReady,
    HandedOver,
    Cancelled;
}
