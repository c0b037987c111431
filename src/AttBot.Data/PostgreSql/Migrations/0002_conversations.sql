-- 0002 (PostgreSQL): conversations the bot is installed in, so it can message them later (alerts, heads-ups)
-- and so that it welcomes each conversation once, however many install events the channel sends.
CREATE TABLE conversations (
    channel_id        text COLLATE "C" NOT NULL,
    conversation_id   text COLLATE "C" NOT NULL,
    conversation_type text COLLATE "C" NULL,
    tenant_id         text COLLATE "C" NULL,
    service_url       text COLLATE "C" NOT NULL,
    reference_json    text COLLATE "C" NOT NULL,
    welcomed_at       text COLLATE "C" NULL,
    updated_at        text COLLATE "C" NOT NULL,
    PRIMARY KEY (channel_id, conversation_id)
);
