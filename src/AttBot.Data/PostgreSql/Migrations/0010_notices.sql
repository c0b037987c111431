-- 0010 (PostgreSQL): the outbox carries more than conflict notices: a champion's note about a new registration in their
-- region, the Secretariat's weekly digest, and an organizer's reminder to record findings. "subject" says what a message
-- is about (the conflict id, the registration id, the digest's period), and one message per subject, kind and
-- conversation is all there ever is. Digest periods are claimed once; reminders are stamped on the registration.
-- PostgreSQL changes the outbox in place, where SQLite copies it.
ALTER TABLE outbox ALTER COLUMN conflict_id DROP NOT NULL;
ALTER TABLE outbox ADD COLUMN subject text COLLATE "C" NULL;
UPDATE outbox SET subject = conflict_id::text;
ALTER TABLE outbox ALTER COLUMN subject SET NOT NULL;
ALTER TABLE outbox DROP CONSTRAINT outbox_kinds,
    ADD CONSTRAINT outbox_kinds CHECK (kind IN ('heads_up', 'alert', 'champion_note', 'digest', 'reminder'));
ALTER TABLE outbox DROP CONSTRAINT outbox_once,
    ADD CONSTRAINT outbox_once UNIQUE (kind, subject, channel_id, conversation_id);

CREATE TABLE digests (
    period      text COLLATE "C" PRIMARY KEY,
    claimed_at  text COLLATE "C" NOT NULL
);

ALTER TABLE outreach ADD COLUMN reminded_at text COLLATE "C" NULL;
CREATE INDEX outreach_reminders_due ON outreach (ends_on) WHERE state = 'planned' AND reminded_at IS NULL;
