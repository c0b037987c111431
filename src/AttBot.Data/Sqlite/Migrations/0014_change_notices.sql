-- 0014: the outbox also tells those concerned when a registration in a possible duplication is moved or cancelled:
-- 'change' to a person (the other organizer, a regional champion), 'change_alert' to a subscribed conversation. Their
-- subject is the audit_log id of the change, so there is one message per change per conversation. SQLite cannot widen
-- a CHECK in place: the table is copied as it is, with the two new kinds allowed.
CREATE TABLE outbox_v3 (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    kind              TEXT NOT NULL CHECK (kind IN ('heads_up', 'alert', 'champion_note', 'digest', 'reminder', 'change', 'change_alert')),
    conflict_id       INTEGER NULL REFERENCES conflicts (id),
    subject           TEXT NOT NULL,
    channel_id        TEXT NOT NULL,
    conversation_id   TEXT NOT NULL,
    viewer_user_id    TEXT NULL,
    created_at        TEXT NOT NULL,
    attempts          INTEGER NOT NULL DEFAULT 0,
    next_attempt_at   TEXT NOT NULL,
    claimed_until     TEXT NULL,
    delivered_at      TEXT NULL,
    failed_at         TEXT NULL,
    last_error        TEXT NULL,
    claimed_by        TEXT NULL,
    UNIQUE (kind, subject, channel_id, conversation_id)
);
INSERT INTO outbox_v3 (id, kind, conflict_id, subject, channel_id, conversation_id, viewer_user_id, created_at, attempts,
                       next_attempt_at, claimed_until, delivered_at, failed_at, last_error, claimed_by)
SELECT id, kind, conflict_id, subject, channel_id, conversation_id, viewer_user_id, created_at, attempts,
       next_attempt_at, claimed_until, delivered_at, failed_at, last_error, claimed_by
FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v3 RENAME TO outbox;
CREATE INDEX outbox_pending ON outbox (next_attempt_at) WHERE delivered_at IS NULL AND failed_at IS NULL;
