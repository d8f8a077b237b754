-- One year's assessment: cycles with their frozen tables, unit assessments and their items,
-- evidence, special items, zero-outs and assessor assignments.

CREATE TABLE assessment_cycle (
  id                  BIGINT       NOT NULL PRIMARY KEY,
  cycle_year          INT          NOT NULL,
  state               VARCHAR(16)  NOT NULL,
  self_assessment_due DATE,
  scoring_due         DATE,
  bonus_item_cap      DECIMAL(6, 2) NOT NULL,
  bonus_total_cap     DECIMAL(6, 2) NOT NULL,
  created_at          DATETIME     NOT NULL,
  created_by          VARCHAR(32)  NOT NULL,
  opened_at           DATETIME,
  version             BIGINT       NOT NULL,
  CONSTRAINT uk_cycle_year UNIQUE (cycle_year)
);

CREATE TABLE cycle_template (
  id                 BIGINT       NOT NULL PRIMARY KEY,
  cycle_id           BIGINT       NOT NULL,
  unit_group         VARCHAR(16)  NOT NULL,
  source_template_id BIGINT       NOT NULL,
  name               VARCHAR(200) NOT NULL,
  CONSTRAINT fk_cycle_template_cycle FOREIGN KEY (cycle_id) REFERENCES assessment_cycle (id),
  CONSTRAINT fk_cycle_template_source FOREIGN KEY (source_template_id) REFERENCES indicator_template (id),
  CONSTRAINT uk_cycle_template_group UNIQUE (cycle_id, unit_group)
);

CREATE TABLE cycle_item (
  id                BIGINT        NOT NULL PRIMARY KEY,
  cycle_template_id BIGINT        NOT NULL,
  sort_order        INT           NOT NULL,
  area              VARCHAR(100)  NOT NULL,
  indicator         VARCHAR(200)  NOT NULL,
  criterion         VARCHAR(500),
  kind              VARCHAR(16)   NOT NULL,
  points            DECIMAL(6, 2) NOT NULL,
  note              VARCHAR(200),
  version           BIGINT        NOT NULL,
  CONSTRAINT fk_cycle_item_template FOREIGN KEY (cycle_template_id) REFERENCES cycle_template (id),
  CONSTRAINT uk_cycle_item_order UNIQUE (cycle_template_id, sort_order)
);

CREATE TABLE unit_assessment (
  id             BIGINT        NOT NULL PRIMARY KEY,
  cycle_id       BIGINT        NOT NULL,
  unit_id        BIGINT        NOT NULL,
  state          VARCHAR(16)   NOT NULL,
  submitted_at   DATETIME,
  return_comment VARCHAR(2000),
  reject_reason  VARCHAR(2000),
  scored_by      VARCHAR(32),
  scored_at      DATETIME,
  approved_by    VARCHAR(32),
  approved_at    DATETIME,
  version        BIGINT        NOT NULL,
  CONSTRAINT fk_assessment_cycle FOREIGN KEY (cycle_id) REFERENCES assessment_cycle (id),
  CONSTRAINT fk_assessment_unit FOREIGN KEY (unit_id) REFERENCES assessed_unit (id),
  CONSTRAINT uk_assessment_unit UNIQUE (cycle_id, unit_id)
);

CREATE TABLE item_entry (
  id            BIGINT        NOT NULL PRIMARY KEY,
  assessment_id BIGINT        NOT NULL,
  item_id       BIGINT        NOT NULL,
  self_score    DECIMAL(6, 2),
  remark        VARCHAR(2000),
  score         DECIMAL(6, 2),
  reason        VARCHAR(2000),
  scored_by     VARCHAR(32),
  CONSTRAINT fk_entry_assessment FOREIGN KEY (assessment_id) REFERENCES unit_assessment (id),
  CONSTRAINT fk_entry_item FOREIGN KEY (item_id) REFERENCES cycle_item (id),
  CONSTRAINT uk_entry_item UNIQUE (assessment_id, item_id)
);

CREATE TABLE special_occurrence (
  id              BIGINT        NOT NULL PRIMARY KEY,
  assessment_id   BIGINT        NOT NULL,
  item_id         BIGINT        NOT NULL,
  occurred_on     DATE          NOT NULL,
  description     VARCHAR(2000) NOT NULL,
  decision        VARCHAR(16)   NOT NULL,
  recorded_by     VARCHAR(32)   NOT NULL,
  recorded_at     DATETIME      NOT NULL,
  decided_by      VARCHAR(32),
  decided_at      DATETIME,
  decision_reason VARCHAR(2000),
  version         BIGINT        NOT NULL,
  CONSTRAINT fk_occurrence_assessment FOREIGN KEY (assessment_id) REFERENCES unit_assessment (id),
  CONSTRAINT fk_occurrence_item FOREIGN KEY (item_id) REFERENCES cycle_item (id)
);

CREATE TABLE zero_out (
  id              BIGINT        NOT NULL PRIMARY KEY,
  assessment_id   BIGINT        NOT NULL,
  reason          VARCHAR(2000) NOT NULL,
  decision        VARCHAR(16)   NOT NULL,
  recorded_by     VARCHAR(32)   NOT NULL,
  recorded_at     DATETIME      NOT NULL,
  decided_by      VARCHAR(32),
  decided_at      DATETIME,
  decision_reason VARCHAR(2000),
  version         BIGINT        NOT NULL,
  CONSTRAINT fk_zero_out_assessment FOREIGN KEY (assessment_id) REFERENCES unit_assessment (id)
);

CREATE TABLE stored_file (
  id         BIGINT      NOT NULL PRIMARY KEY,
  sha256     CHAR(64)    NOT NULL,
  size_bytes BIGINT      NOT NULL,
  type       VARCHAR(16) NOT NULL,
  stored_at  DATETIME    NOT NULL,
  CONSTRAINT uk_stored_file_sha256 UNIQUE (sha256)
);

CREATE TABLE evidence (
  id            BIGINT       NOT NULL PRIMARY KEY,
  assessment_id BIGINT       NOT NULL,
  item_id       BIGINT,
  occurrence_id BIGINT,
  file_id       BIGINT       NOT NULL,
  file_name     VARCHAR(200) NOT NULL,
  uploaded_by   VARCHAR(32)  NOT NULL,
  uploaded_at   DATETIME     NOT NULL,
  CONSTRAINT fk_evidence_assessment FOREIGN KEY (assessment_id) REFERENCES unit_assessment (id),
  CONSTRAINT fk_evidence_item FOREIGN KEY (item_id) REFERENCES cycle_item (id),
  CONSTRAINT fk_evidence_occurrence FOREIGN KEY (occurrence_id) REFERENCES special_occurrence (id),
  CONSTRAINT fk_evidence_file FOREIGN KEY (file_id) REFERENCES stored_file (id),
  CONSTRAINT ck_evidence_target CHECK ((item_id IS NULL) <> (occurrence_id IS NULL))
);

CREATE TABLE assessor_assignment (
  id          BIGINT NOT NULL PRIMARY KEY,
  assessor_id BIGINT NOT NULL,
  unit_id     BIGINT NOT NULL,
  CONSTRAINT fk_assignment_assessor FOREIGN KEY (assessor_id) REFERENCES user_account (id),
  CONSTRAINT fk_assignment_unit FOREIGN KEY (unit_id) REFERENCES assessed_unit (id),
  CONSTRAINT uk_assignment UNIQUE (assessor_id, unit_id)
);
