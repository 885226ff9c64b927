-- Issue 7 (ADR 0019): the feed position at which each case first reached HQ. A device's scope fingerprint covers
-- only the cases it could hold records of (first reached HQ at or before its cursor): a case created after the cursor
-- arrives through the feed anyway and must not make the device start over.
ALTER TABLE hq_case ADD COLUMN first_pos BIGINT DEFAULT 0 NOT NULL;
