-- Case list at 100,000 cases (measured in docs/BENCHMARKS.md).
-- Every list is ordered by a column and then by id, so each ordering index ends in id: H2 then reads
-- the first page straight off the index instead of sorting the table.
DROP INDEX ix_case_opened;
CREATE INDEX ix_case_opened ON case_file (opened_on, id);
DROP INDEX ix_case_title;
CREATE INDEX ix_case_title ON case_file (title, id);
DROP INDEX ix_case_status;
CREATE INDEX ix_case_status ON case_file (status, opened_on, id);
DROP INDEX ix_case_unit;
CREATE INDEX ix_case_unit ON case_file (unit_code, opened_on, id);
DROP INDEX ix_case_updated;
CREATE INDEX ix_case_updated ON case_file (updated_at, id);
-- The list's total: live cases = all rows (known without reading them) minus tombstones, counted
-- through this small index. An index on deleted_at itself misleads H2 into scanning all live rows.
ALTER TABLE case_file ADD COLUMN tombstone BOOLEAN GENERATED ALWAYS AS (deleted_at IS NOT NULL);
CREATE INDEX ix_case_tombstone ON case_file (tombstone);
