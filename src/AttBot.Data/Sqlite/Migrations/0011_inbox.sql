-- 0011: the durable inbox, and outbox claims that name their claimant.
-- inbox: every request that changes data is written here before the channel is told it was received (Teams' 200,
-- Slack's ack); a row without finished_at after a crash is processed at the next start. source_key is the channel's
-- own id of the request (channel, conversation and activity id; Slack's trigger or event id): a redelivery is one row.
CREATE TABLE inbox (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    channel       TEXT NOT NULL,          -- which endpoint took it in: 'botframework' or 'slack'
    source_key    TEXT NOT NULL UNIQUE,
    ordering_key  TEXT NOT NULL,          -- whose order it keeps: the conversation, or the Slack person
    payload       TEXT NOT NULL,          -- the request as received, enough to process it again
    received_at   TEXT NOT NULL,
    finished_at   TEXT NULL
);
CREATE INDEX inbox_unfinished ON inbox (id) WHERE finished_at IS NULL;

-- Who holds an outbox claim: an instance gives back its own claims when it starts again, at once; a dead instance's
-- claims lapse with their lease.
ALTER TABLE outbox ADD COLUMN claimed_by TEXT NULL;
