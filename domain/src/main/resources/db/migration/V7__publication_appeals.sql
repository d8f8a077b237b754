-- Publication (公示) with its appeal window, appeals, the archive of a year, and rectification (整改).
ALTER TABLE assessment_cycle ADD COLUMN appeal_working_days INT DEFAULT 5 NOT NULL;
ALTER TABLE assessment_cycle ADD COLUMN published_at DATETIME;
ALTER TABLE assessment_cycle ADD COLUMN appeal_last_day DATE;
ALTER TABLE assessment_cycle ADD COLUMN archived_at DATETIME;

ALTER TABLE unit_assessment ADD COLUMN appeal_reopened BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE appeal (
  id              BIGINT        NOT NULL PRIMARY KEY,
  assessment_id   BIGINT        NOT NULL,
  reason          VARCHAR(2000) NOT NULL,
  evidence        VARCHAR(2000),
  state           VARCHAR(16)   NOT NULL,
  filed_by        VARCHAR(32)   NOT NULL,
  filed_at        DATETIME      NOT NULL,
  decided_by      VARCHAR(32),
  decided_at      DATETIME,
  decision_reason VARCHAR(2000),
  version         BIGINT        NOT NULL,
  CONSTRAINT fk_appeal_assessment FOREIGN KEY (assessment_id) REFERENCES unit_assessment (id)
);
CREATE INDEX ix_appeal_assessment ON appeal (assessment_id);

CREATE TABLE rectification (
  id           BIGINT        NOT NULL PRIMARY KEY,
  entry_id     BIGINT        NOT NULL,
  measures     VARCHAR(2000) NOT NULL,
  completed_on DATE,
  recorded_by  VARCHAR(32)   NOT NULL,
  recorded_at  DATETIME      NOT NULL,
  version      BIGINT        NOT NULL,
  CONSTRAINT fk_rectification_entry FOREIGN KEY (entry_id) REFERENCES item_entry (id),
  CONSTRAINT uk_rectification_entry UNIQUE (entry_id)
);
