-- Issue 7 (ADR 0019, "Withdrawn cases"): a case HQ has taken from this vault's user stays here only while something
-- of it has not reached HQ yet (the case itself, or the content of one of its exhibits); the sync removes it once all
-- of it has. Removing a case first names the evidence blobs of its exhibits in evidence_released, in the same
-- transaction; the files are deleted after that transaction commits, and a crash in between leaves the names for the
-- next sync. This vault's own bookkeeping: not synchronised (no outbox trigger).
CREATE TABLE sync_leaving (
    case_id UUID NOT NULL PRIMARY KEY,
    since   TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE TABLE evidence_released (
    blob_id VARCHAR(64) NOT NULL PRIMARY KEY
);
