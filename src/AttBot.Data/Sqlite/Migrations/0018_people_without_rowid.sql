-- 0018: conversations and user_profiles as WITHOUT ROWID tables. Both are looked up only by their primary key
-- (channel + conversation, channel + person), and a first message writes one row to each. An ordinary table keeps
-- each row in a rowid tree and its key again in a separate index: two trees written per row. Clustered on the key,
-- a row is written once. Same columns, same order, same rows.
CREATE TABLE conversations_by_key (
    channel_id          TEXT NOT NULL,
    conversation_id     TEXT NOT NULL,
    conversation_type   TEXT NULL,
    tenant_id           TEXT NULL,
    service_url         TEXT NOT NULL,
    reference_json      TEXT NOT NULL,
    welcomed_at         TEXT NULL,
    updated_at          TEXT NOT NULL,
    service_url_trusted INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (channel_id, conversation_id)
) WITHOUT ROWID;
INSERT INTO conversations_by_key SELECT channel_id, conversation_id, conversation_type, tenant_id, service_url, reference_json,
    welcomed_at, updated_at, service_url_trusted FROM conversations;
DROP TABLE conversations;
ALTER TABLE conversations_by_key RENAME TO conversations;

CREATE TABLE user_profiles_by_key (
    channel_id                TEXT NOT NULL,
    user_id                   TEXT NOT NULL,
    display_name              TEXT NOT NULL,
    organization              TEXT NULL,
    personal_conversation_id  TEXT NULL,
    updated_at                TEXT NOT NULL,
    locale                    TEXT NULL,
    upn                       TEXT NULL,
    PRIMARY KEY (channel_id, user_id)
) WITHOUT ROWID;
INSERT INTO user_profiles_by_key SELECT channel_id, user_id, display_name, organization, personal_conversation_id, updated_at,
    locale, upn FROM user_profiles;
DROP TABLE user_profiles;
ALTER TABLE user_profiles_by_key RENAME TO user_profiles;
