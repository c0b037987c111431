-- 0007 (PostgreSQL): Slack deliveries already taken in: Slack retries an event it thinks we missed (same event_id), and a
-- click can arrive twice. The primary key makes "process once" hold across threads and instances, not only in memory.
CREATE TABLE slack_deliveries (
    delivery_key  text COLLATE "C" PRIMARY KEY NOT NULL,  -- "event|<event_id>", "action|<user>|<action_ts>|<action_id>"
    received_at   text COLLATE "C" NOT NULL
);
