-- 0002: conversations the bot is installed in, so it can message them later (alerts, heads-ups)
-- and so that it welcomes each conversation once, however many install events the channel sends.
CREATE TABLE conversations (
    channel_id       TEXT NOT NULL,
    conversation_id  TEXT NOT NULL,
    conversation_type TEXT NULL,
    tenant_id        TEXT NULL,
    service_url      TEXT NOT NULL,
    reference_json   TEXT NOT NULL,
    welcomed_at      TEXT NULL,
    updated_at       TEXT NOT NULL,
    PRIMARY KEY (channel_id, conversation_id)
);
