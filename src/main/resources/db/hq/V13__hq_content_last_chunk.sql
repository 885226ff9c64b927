-- When an upload of exhibit content last moved (ADR 0019, 2026-12-04). Another device may take over an unfinished
-- upload, and HQ collects one abandoned, by how long it has stood still, not by how long ago it started: a large
-- exhibit over a slow border link can take longer than the takeover's quarter of an hour and still be moving.
-- The same SQL runs on PostgreSQL and on H2.
ALTER TABLE hq_content ADD COLUMN last_chunk_at TIMESTAMP WITH TIME ZONE;
UPDATE hq_content SET last_chunk_at = COALESCE(completed_at, started_at);
