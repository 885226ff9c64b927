-- Live-case count without reading the rows (the case list shows a total on every page), measured in
-- docs/BENCHMARKS.md: a count over 100,000 encrypted rows otherwise decrypts the whole table.
CREATE INDEX ix_case_deleted ON case_file (deleted_at);
