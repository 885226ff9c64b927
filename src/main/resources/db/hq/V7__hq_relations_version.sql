-- Issue 7 (ADR 0019): a number every push that changes need-to-know's relations (hq_case, hq_case_team,
-- hq_case_party) moves on, under the feed row lock it already holds. An HQ process keeps each user's relations and
-- scope fingerprint in memory while this number stays the same, instead of reading every related case for every
-- feed page.
ALTER TABLE hq_feed_state ADD COLUMN relations_version BIGINT DEFAULT 0 NOT NULL;
