-- 0005 (PostgreSQL): roles managed in chat, and trust in stored service URLs.
-- roles: Secretariat members and regional champions granted by the Secretariat (configuration members are not stored here;
-- they are Secretariat always). region is '' for the Secretariat so that the UNIQUE key makes every grant idempotent.
CREATE TABLE roles (
    channel_id  text COLLATE "C" NOT NULL,
    user_id     text COLLATE "C" NOT NULL,
    user_name   text COLLATE "C" NOT NULL,
    role        text COLLATE "C" NOT NULL CHECK (role IN ('secretariat', 'champion')),
    region      text COLLATE "C" NOT NULL DEFAULT '',
    granted_by  text COLLATE "C" NOT NULL,
    granted_at  text COLLATE "C" NOT NULL,
    UNIQUE (channel_id, user_id, role, region),
    CHECK ((role = 'champion') = (region <> ''))
);

-- service_url_trusted: 1 when the reference came with a channel token that vouched for its serviceUrl. Only then may the
-- outbox present the bot's own token there, also after a restart (the in-memory list of trusted URLs is empty then).
ALTER TABLE conversations ADD COLUMN service_url_trusted bigint NOT NULL DEFAULT 0;
