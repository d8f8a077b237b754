-- Files a unit attaches to its appeal are evidence like an item's, tied to the appeal.
ALTER TABLE evidence ADD COLUMN appeal_id BIGINT;
ALTER TABLE evidence ADD CONSTRAINT fk_evidence_appeal FOREIGN KEY (appeal_id) REFERENCES appeal (id);
CREATE INDEX ix_evidence_appeal ON evidence (appeal_id);
ALTER TABLE evidence DROP CONSTRAINT ck_evidence_target;
ALTER TABLE evidence ADD CONSTRAINT ck_evidence_target CHECK (
  (CASE WHEN item_id IS NULL THEN 0 ELSE 1 END)
  + (CASE WHEN occurrence_id IS NULL THEN 0 ELSE 1 END)
  + (CASE WHEN appeal_id IS NULL THEN 0 ELSE 1 END) = 1);

-- The office's calendar: public holidays off (working = FALSE) and weekend days worked in exchange
-- (working = TRUE), seeded with the State Council's notices for 2025 (国办发明电〔2024〕12号) and 2026
-- (of 4 November 2025); the office adds each later year's on the years page.
CREATE TABLE calendar_day (
  on_date DATE    NOT NULL PRIMARY KEY,
  working BOOLEAN NOT NULL
);
INSERT INTO calendar_day (on_date, working) VALUES
  ('2025-01-01', FALSE),
  ('2025-01-26', TRUE),
  ('2025-01-28', FALSE),
  ('2025-01-29', FALSE),
  ('2025-01-30', FALSE),
  ('2025-01-31', FALSE),
  ('2025-02-01', FALSE),
  ('2025-02-02', FALSE),
  ('2025-02-03', FALSE),
  ('2025-02-04', FALSE),
  ('2025-02-08', TRUE),
  ('2025-04-04', FALSE),
  ('2025-04-05', FALSE),
  ('2025-04-06', FALSE),
  ('2025-04-27', TRUE),
  ('2025-05-01', FALSE),
  ('2025-05-02', FALSE),
  ('2025-05-03', FALSE),
  ('2025-05-04', FALSE),
  ('2025-05-05', FALSE),
  ('2025-05-31', FALSE),
  ('2025-06-01', FALSE),
  ('2025-06-02', FALSE),
  ('2025-09-28', TRUE),
  ('2025-10-01', FALSE),
  ('2025-10-02', FALSE),
  ('2025-10-03', FALSE),
  ('2025-10-04', FALSE),
  ('2025-10-05', FALSE),
  ('2025-10-06', FALSE),
  ('2025-10-07', FALSE),
  ('2025-10-08', FALSE),
  ('2025-10-11', TRUE),
  ('2026-01-01', FALSE),
  ('2026-01-02', FALSE),
  ('2026-01-03', FALSE),
  ('2026-01-04', TRUE),
  ('2026-02-14', TRUE),
  ('2026-02-15', FALSE),
  ('2026-02-16', FALSE),
  ('2026-02-17', FALSE),
  ('2026-02-18', FALSE),
  ('2026-02-19', FALSE),
  ('2026-02-20', FALSE),
  ('2026-02-21', FALSE),
  ('2026-02-22', FALSE),
  ('2026-02-23', FALSE),
  ('2026-02-28', TRUE),
  ('2026-04-04', FALSE),
  ('2026-04-05', FALSE),
  ('2026-04-06', FALSE),
  ('2026-05-01', FALSE),
  ('2026-05-02', FALSE),
  ('2026-05-03', FALSE),
  ('2026-05-04', FALSE),
  ('2026-05-05', FALSE),
  ('2026-05-09', TRUE),
  ('2026-06-19', FALSE),
  ('2026-06-20', FALSE),
  ('2026-06-21', FALSE),
  ('2026-09-20', TRUE),
  ('2026-09-25', FALSE),
  ('2026-09-26', FALSE),
  ('2026-09-27', FALSE),
  ('2026-10-01', FALSE),
  ('2026-10-02', FALSE),
  ('2026-10-03', FALSE),
  ('2026-10-04', FALSE),
  ('2026-10-05', FALSE),
  ('2026-10-06', FALSE),
  ('2026-10-07', FALSE),
  ('2026-10-10', TRUE);
