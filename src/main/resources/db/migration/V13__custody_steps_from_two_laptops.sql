-- Issue 7 (ADR 0019): custody steps are append-only and synchronise as a union. Two laptops recording a step on one
-- exhibit while apart (two people viewing it offline) give both steps the next number; each laptop then held the
-- other's back, as a duplicate, for ever. The number stays (it orders the chain and is checked against the audit
-- trail), but is no longer unique: such steps stand side by side, each linked to the step before them.
ALTER TABLE custody_event DROP CONSTRAINT uq_custody_seq;
CREATE INDEX ix_custody_seq ON custody_event (exhibit_id, seq);
