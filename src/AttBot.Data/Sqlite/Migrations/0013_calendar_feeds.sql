-- 0013: calendar subscriptions ("calendar feed"): a private address that Outlook and Google Calendar poll for the
-- outreach its owner may see. Only a SHA-256 hash of the address's secret is kept, so a copy of the database opens no
-- feed. The owner is kept as the channel identified them (with the Entra object id or Slack workspace that
-- Roles:Secretariat entries name), so that their role is decided at every poll as for a message of theirs.
-- "calendar revoke" stamps revoked_at on every live feed of the person; a revoked feed is never served again.
CREATE TABLE calendar_feeds (
    id             INTEGER PRIMARY KEY,
    token_hash     TEXT NOT NULL UNIQUE,
    channel_id     TEXT NOT NULL,
    user_id        TEXT NOT NULL,
    aad_object_id  TEXT NULL,
    workspace      TEXT NULL,
    display_name   TEXT NOT NULL,
    filter         TEXT NULL,          -- as the person typed it after "calendar feed", checked when the feed was made
    language       TEXT NOT NULL CHECK (language IN ('en', 'fr', 'es')),
    created_at     TEXT NOT NULL,
    revoked_at     TEXT NULL
);
CREATE INDEX calendar_feeds_live_by_person ON calendar_feeds (channel_id, user_id) WHERE revoked_at IS NULL;
