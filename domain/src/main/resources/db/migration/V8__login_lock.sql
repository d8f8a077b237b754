-- The login lockout (LoginLock): consecutive failed logins and the end of the last lock.
ALTER TABLE user_account ADD COLUMN failed_logins INT DEFAULT 0 NOT NULL;
ALTER TABLE user_account ADD COLUMN locked_until DATETIME;
