-- The grading thresholds of DESIGN.md become settings of each cycle, with its defaults.
ALTER TABLE assessment_cycle ADD COLUMN excellent_min DECIMAL(6, 2) DEFAULT 90 NOT NULL;
ALTER TABLE assessment_cycle ADD COLUMN good_min DECIMAL(6, 2) DEFAULT 80 NOT NULL;
ALTER TABLE assessment_cycle ADD COLUMN pass_min DECIMAL(6, 2) DEFAULT 60 NOT NULL;
ALTER TABLE assessment_cycle ADD COLUMN excellent_quota_percent INT DEFAULT 30 NOT NULL;
