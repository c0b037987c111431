-- 0004: the audit trail. Every change (registrations created, moved, done or cancelled; conflicts settled;
-- alert subscriptions; organizations) with who, when, through which channel, and the values before and after.
-- Append-only: the triggers refuse any UPDATE or DELETE, so not even a bug in the bot can rewrite history.
CREATE TABLE audit_log (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    at             TEXT NOT NULL,
    actor_channel  TEXT NOT NULL,
    actor_user_id  TEXT NOT NULL,
    actor_name     TEXT NOT NULL,
    action         TEXT NOT NULL,
    subject_kind   TEXT NOT NULL,
    subject_id     TEXT NOT NULL,
    country        TEXT NULL,
    before_json    TEXT NULL,
    after_json     TEXT NULL
);
CREATE INDEX audit_by_subject ON audit_log (subject_kind, subject_id, id);
CREATE INDEX audit_by_country ON audit_log (country, id) WHERE country IS NOT NULL;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
