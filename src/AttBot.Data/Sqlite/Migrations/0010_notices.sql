-- 0010: the outbox carries more than conflict notices: a champion's note about a new registration in their region,
-- the Secretariat's weekly digest, and an organizer's reminder to record findings. "subject" says what a message is
-- about (the conflict id, the registration id, the digest's period), and one message per subject, kind and
-- conversation is all there ever is. Digest periods are claimed once; reminders are stamped on the registration.
CREATE TABLE outbox_v2 (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    kind              TEXT NOT NULL CHECK (kind IN ('heads_up', 'alert', 'champion_note', 'digest', 'reminder')),
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
    UNIQUE (kind, subject, channel_id, conversation_id)
);
INSERT INTO outbox_v2 (id, kind, conflict_id, subject, channel_id, conversation_id, viewer_user_id, created_at, attempts,
                       next_attempt_at, claimed_until, delivered_at, failed_at, last_error)
SELECT id, kind, conflict_id, CAST(conflict_id AS TEXT), channel_id, conversation_id, viewer_user_id, created_at, attempts,
       next_attempt_at, claimed_until, delivered_at, failed_at, last_error
FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v2 RENAME TO outbox;
CREATE INDEX outbox_pending ON outbox (next_attempt_at) WHERE delivered_at IS NULL AND failed_at IS NULL;

CREATE TABLE digests (
    period      TEXT PRIMARY KEY,
    claimed_at  TEXT NOT NULL
);

ALTER TABLE outreach ADD COLUMN reminded_at TEXT NULL;
CREATE INDEX outreach_reminders_due ON outreach (ends_on) WHERE state = 'planned' AND reminded_at IS NULL;
