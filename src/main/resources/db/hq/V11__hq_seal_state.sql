-- HQ encrypts values at rest (ADR 0019, 2026-12-04): whether the values an HQ before sealing wrote are all sealed.
-- True at once for a database with none, so HQ's start walks the tables for them (LegacySealing) only until one
-- start has sealed them all. The same SQL runs on PostgreSQL and on H2.
CREATE TABLE hq_seal_state (
    id            INT     NOT NULL PRIMARY KEY CHECK (id = 1),
    legacy_sealed BOOLEAN NOT NULL
);
INSERT INTO hq_seal_state (id, legacy_sealed) VALUES (1, CASE WHEN EXISTS (SELECT 1 FROM hq_change)
    OR EXISTS (SELECT 1 FROM hq_field) OR EXISTS (SELECT 1 FROM hq_field_history)
    OR EXISTS (SELECT 1 FROM hq_conflict) OR EXISTS (SELECT 1 FROM hq_content_chunk) THEN FALSE ELSE TRUE END);
