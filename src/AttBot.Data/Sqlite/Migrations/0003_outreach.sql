-- 0003: outreach registrations, their target states, the conflicts found between them,
-- alert subscriptions, people's profiles, and the outbox that delivers heads-ups and alerts.

-- Who people act for, remembered after first use; and their 1:1 conversation with the bot, for heads-ups.
CREATE TABLE user_profiles (
    channel_id                TEXT NOT NULL,
    user_id                   TEXT NOT NULL,
    display_name              TEXT NOT NULL,
    organization              TEXT NULL,
    personal_conversation_id  TEXT NULL,
    updated_at                TEXT NOT NULL,
    PRIMARY KEY (channel_id, user_id)
);

CREATE TABLE outreach (
    id                        INTEGER PRIMARY KEY AUTOINCREMENT,
    organizer_channel         TEXT NOT NULL,
    organizer_user_id         TEXT NOT NULL,
    organizer_name            TEXT NOT NULL,
    organizer_conversation_id TEXT NULL,   -- where the organizer registered: heads-ups go there when no 1:1 chat is known
    organization              TEXT NOT NULL,
    region                    TEXT NULL,
    kind                      TEXT NOT NULL,
    starts_on                 TEXT NOT NULL,
    ends_on                   TEXT NOT NULL,
    topics                    TEXT NOT NULL DEFAULT '',
    partners                  TEXT NULL,
    visibility                TEXT NOT NULL CHECK (visibility IN ('shared', 'restricted')),
    notes                     TEXT NULL,
    state                     TEXT NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'done', 'cancelled')),
    outcome                   TEXT NULL,
    source_key                TEXT NULL UNIQUE, -- channel + activity id: a redelivered activity never registers twice
    created_at                TEXT NOT NULL,
    updated_at                TEXT NOT NULL
);
CREATE INDEX outreach_by_organizer ON outreach (organizer_channel, organizer_user_id, starts_on);

-- One row per target state, with the window and liveness copied from outreach so that the conflict
-- search is an index range scan on (state, live, start), never a table scan.
CREATE TABLE outreach_targets (
    outreach_id  INTEGER NOT NULL REFERENCES outreach (id),
    iso3         TEXT NOT NULL REFERENCES countries (iso3),
    starts_on    TEXT NOT NULL,
    ends_on      TEXT NOT NULL,
    live         INTEGER NOT NULL,
    PRIMARY KEY (outreach_id, iso3)
);
CREATE INDEX outreach_targets_live ON outreach_targets (iso3, live, starts_on);

-- A pair of registrations found in conflict: one row per pair, so one alert per pair, however often it is found.
CREATE TABLE conflicts (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    earlier_id   INTEGER NOT NULL REFERENCES outreach (id),
    later_id     INTEGER NOT NULL REFERENCES outreach (id),
    countries    TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('possible_duplication', 'already_registered')),
    resolution   TEXT NULL CHECK (resolution IN ('coordinated', 'not_a_conflict')),
    resolved_by  TEXT NULL,
    resolved_at  TEXT NULL,
    detected_at  TEXT NOT NULL,
    UNIQUE (earlier_id, later_id)
);
CREATE INDEX conflicts_by_later ON conflicts (later_id);

CREATE TABLE alert_subscriptions (
    channel_id       TEXT NOT NULL,
    conversation_id  TEXT NOT NULL,
    subscribed_by    TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    PRIMARY KEY (channel_id, conversation_id)
);

-- Messages to send, written in the same transaction as the registration that caused them.
-- UNIQUE: one message of a kind per conflict per conversation, even if the registration is processed twice.
CREATE TABLE outbox (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    kind              TEXT NOT NULL CHECK (kind IN ('heads_up', 'alert')),
    conflict_id       INTEGER NOT NULL REFERENCES conflicts (id),
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
    UNIQUE (kind, conflict_id, channel_id, conversation_id)
);
CREATE INDEX outbox_pending ON outbox (next_attempt_at) WHERE delivered_at IS NULL AND failed_at IS NULL;
