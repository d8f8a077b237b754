-- The schema of the foundation. The same script runs on H2 and on MySQL/MariaDB: keep to the
-- syntax both accept (no identity columns, no vendor types).

CREATE TABLE id_sequence (
  name       VARCHAR(32) NOT NULL PRIMARY KEY,
  next_value BIGINT      NOT NULL
);
INSERT INTO id_sequence (name, next_value) VALUES ('ids', 1000);

CREATE TABLE assessed_unit (
  id         BIGINT       NOT NULL PRIMARY KEY,
  code       VARCHAR(32)  NOT NULL,
  name       VARCHAR(100) NOT NULL,
  unit_group VARCHAR(16)  NOT NULL,
  sort_order INT          NOT NULL,
  version    BIGINT       NOT NULL,
  CONSTRAINT uk_unit_code UNIQUE (code),
  CONSTRAINT uk_unit_name UNIQUE (name)
);

CREATE TABLE indicator_template (
  id               BIGINT       NOT NULL PRIMARY KEY,
  code             VARCHAR(32)  NOT NULL,
  unit_group       VARCHAR(16)  NOT NULL,
  template_version INT          NOT NULL,
  name             VARCHAR(200) NOT NULL,
  is_current       BOOLEAN      NOT NULL,
  version          BIGINT       NOT NULL,
  CONSTRAINT uk_template_code UNIQUE (code),
  CONSTRAINT uk_template_group_version UNIQUE (unit_group, template_version)
);

CREATE TABLE template_item (
  id          BIGINT        NOT NULL PRIMARY KEY,
  template_id BIGINT        NOT NULL,
  sort_order  INT           NOT NULL,
  area        VARCHAR(100)  NOT NULL,
  indicator   VARCHAR(200)  NOT NULL,
  criterion   VARCHAR(500),
  kind        VARCHAR(16)   NOT NULL,
  points      DECIMAL(6, 2) NOT NULL,
  note        VARCHAR(200),
  version     BIGINT        NOT NULL,
  CONSTRAINT fk_item_template FOREIGN KEY (template_id) REFERENCES indicator_template (id),
  CONSTRAINT uk_item_order UNIQUE (template_id, sort_order)
);

CREATE TABLE user_account (
  id                   BIGINT       NOT NULL PRIMARY KEY,
  username             VARCHAR(32)  NOT NULL,
  display_name         VARCHAR(100) NOT NULL,
  role                 VARCHAR(16)  NOT NULL,
  unit_id              BIGINT,
  password_hash        VARCHAR(200) NOT NULL,
  must_change_password BOOLEAN      NOT NULL,
  enabled              BOOLEAN      NOT NULL,
  version              BIGINT       NOT NULL,
  CONSTRAINT uk_account_username UNIQUE (username),
  CONSTRAINT fk_account_unit FOREIGN KEY (unit_id) REFERENCES assessed_unit (id),
  CONSTRAINT ck_account_unit CHECK ((role = 'UNIT_USER') = (unit_id IS NOT NULL))
);

CREATE TABLE audit_event (
  seq         BIGINT        NOT NULL PRIMARY KEY,
  occurred_at DATETIME     NOT NULL,
  actor       VARCHAR(64)   NOT NULL,
  action      VARCHAR(64)   NOT NULL,
  target      VARCHAR(200)  NOT NULL,
  unit_code   VARCHAR(32),
  old_value   VARCHAR(4000),
  new_value   VARCHAR(4000),
  reason      VARCHAR(2000),
  prev_hash   CHAR(64)      NOT NULL,
  hash        CHAR(64)      NOT NULL
);
CREATE INDEX ix_audit_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_actor ON audit_event (actor);
CREATE INDEX ix_audit_unit ON audit_event (unit_code);

CREATE TABLE audit_chain_head (
  id        BIGINT   NOT NULL PRIMARY KEY,
  last_seq  BIGINT   NOT NULL,
  last_hash CHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE job_progress (
  execution_id BIGINT      NOT NULL PRIMARY KEY,
  job_name     VARCHAR(64) NOT NULL,
  step_name    VARCHAR(64) NOT NULL,
  done         BIGINT      NOT NULL,
  total        BIGINT      NOT NULL,
  updated_at   DATETIME   NOT NULL
);

CREATE TABLE unit_sheet_row (
  id            BIGINT       NOT NULL PRIMARY KEY,
  job_instance_id BIGINT     NOT NULL,
  sheet_row     INT          NOT NULL,
  code          VARCHAR(200),
  name          VARCHAR(200),
  group_text    VARCHAR(200),
  username      VARCHAR(200),
  password_hash VARCHAR(200),
  problems      VARCHAR(500) NOT NULL,
  CONSTRAINT uk_sheet_row UNIQUE (job_instance_id, sheet_row)
);
