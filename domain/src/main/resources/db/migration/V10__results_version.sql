-- The version of a year's results: the ranking bumps it each time it places the units (the close,
-- an appeal's re-rank), so that the results API can serve a cached copy and answer 304 to an ETag.
ALTER TABLE assessment_cycle ADD COLUMN results_version BIGINT DEFAULT 0 NOT NULL;
