-- Record-level fields (ADR 0019, "Throughput after sealing", 2026-12-04): the current values of a record's fields,
-- with who set each, are one sealed value in hq_record.fields (org.shield.hq.store.RecordFields) instead of a sealed
-- row of hq_field per field. The rows an earlier HQ wrote are folded into their records at HQ's next start
-- (RecordFieldsFold), which then deletes them; fields_folded says whether any are left. hq_field stays, empty, so
-- that a start killed half way can go on. The same SQL runs on PostgreSQL and on H2.
ALTER TABLE hq_record ADD COLUMN fields TEXT;
ALTER TABLE hq_seal_state ADD COLUMN fields_folded BOOLEAN DEFAULT TRUE NOT NULL;
UPDATE hq_seal_state SET fields_folded = CASE WHEN EXISTS (SELECT 1 FROM hq_field) THEN FALSE ELSE TRUE END;
