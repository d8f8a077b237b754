-- Where the ranking puts a year's places before it writes them into the results with one UPDATE:
-- 15,000 single-row updates cost the close more than the rest of the ranking. Rows live only
-- inside the ranking's transaction (inserted, applied, deleted); no other code reads the table.
CREATE TABLE unit_place (
  result_id BIGINT      NOT NULL PRIMARY KEY,
  unit_rank INT         NOT NULL,
  grade     VARCHAR(16) NOT NULL
);
