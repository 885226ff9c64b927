-- Issue 7 (ADR 0012, "Relabelling"): an exhibit number chosen by hand on two laptops for two different exhibits of
-- one case is held back on each until a person relabels one of them. The relabel is a custody step that names the
-- number before and after it, so the chain of custody and the signed audit trail account for every number an
-- exhibit has carried.
ALTER TABLE custody_event ADD COLUMN number_before VARCHAR(20);
ALTER TABLE custody_event ADD COLUMN number_after VARCHAR(20);
CREATE INDEX ix_custody_number_before ON custody_event (case_id, number_before);
