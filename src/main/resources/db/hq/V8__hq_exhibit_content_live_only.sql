-- Issue 7 (ADR 0019): V6 filled hq_exhibit_content from every exhibit record carrying a hash, deleted ones too; a push
-- keeps only live exhibits there (PushWriter.access), and content opens only through an exhibit listed there. A
-- deleted exhibit must open nothing.
DELETE FROM hq_exhibit_content
WHERE row_key IN (SELECT row_key FROM hq_record WHERE table_name = 'exhibit' AND deleted = TRUE);
