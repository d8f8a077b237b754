-- The audit chain's head gets a version: an update of the head that changes no row (a lost update,
-- as H2 2.2 once let through under 1,000 concurrent score writes, committing an event beyond the
-- head) then fails its transaction, instead of leaving the head behind its last event.
ALTER TABLE audit_chain_head ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
