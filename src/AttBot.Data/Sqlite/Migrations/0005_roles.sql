-- 0005: roles managed in chat, and trust in stored service URLs.
-- roles: Secretariat members and regional champions granted by the Secretariat (configuration members are not stored here;
-- they are Secretariat always). region is '' for the Secretariat so that the UNIQUE key makes every grant idempotent.
CREATE TABLE roles (
    channel_id  TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('secretariat', 'champion')),
    region      TEXT NOT NULL DEFAULT '',
    granted_by  TEXT NOT NULL,
    granted_at  TEXT NOT NULL,
    UNIQUE (channel_id, user_id, role, region),
    CHECK ((role = 'champion') = (region <> ''))
);

-- service_url_trusted: 1 when the reference came with a channel token that vouched for its serviceUrl. Only then may the
-- outbox present the bot's own token there, also after a restart (the in-memory list of trusted URLs is empty then).
ALTER TABLE conversations ADD COLUMN service_url_trusted INTEGER NOT NULL DEFAULT 0;
