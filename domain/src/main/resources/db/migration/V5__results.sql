-- The year-end close: when a cycle was closed, and each unit's result with its rank and grade.

ALTER TABLE assessment_cycle ADD COLUMN closed_at DATETIME;

CREATE TABLE unit_result (
  id          BIGINT        NOT NULL PRIMARY KEY,
  cycle_id    BIGINT        NOT NULL,
  unit_id     BIGINT        NOT NULL,
  unit_group  VARCHAR(16)   NOT NULL,
  base        DECIMAL(7, 2) NOT NULL,
  bonus       DECIMAL(7, 2) NOT NULL,
  penalty     DECIMAL(7, 2) NOT NULL,
  final_score DECIMAL(7, 2) NOT NULL,
  zeroed_out  BOOLEAN       NOT NULL,
  unit_rank   INT,
  grade       VARCHAR(16),
  computed_at DATETIME      NOT NULL,
  CONSTRAINT fk_result_cycle FOREIGN KEY (cycle_id) REFERENCES assessment_cycle (id),
  CONSTRAINT fk_result_unit FOREIGN KEY (unit_id) REFERENCES assessed_unit (id),
  CONSTRAINT uk_result_unit UNIQUE (cycle_id, unit_id)
);
CREATE INDEX ix_result_group ON unit_result (cycle_id, unit_group, final_score);
