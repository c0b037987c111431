-- 0012 (PostgreSQL): the language a person reads, or a subscribed conversation receives its notices in, when chosen with
-- "language fr|es|en" ("language auto" removes the choice: the client's locale decides again). Proactive messages
-- (alerts, heads-ups, notes, digests, reminders) have no incoming locale, so the store remembers it.
CREATE TABLE language_choices (
    channel_id    text COLLATE "C" NOT NULL,
    subject_kind  text COLLATE "C" NOT NULL CHECK (subject_kind IN ('person', 'conversation')),
    subject_id    text COLLATE "C" NOT NULL,     -- the user id, or the conversation id
    language      text COLLATE "C" NOT NULL CHECK (language IN ('en', 'fr', 'es')),
    chosen_by     text COLLATE "C" NOT NULL,     -- the user id of whoever chose it
    chosen_at     text COLLATE "C" NOT NULL,
    PRIMARY KEY (channel_id, subject_kind, subject_id)
);

-- The language a person's client last reported (Teams activity locale, Slack users.info), for proactive messages to
-- people who never chose one.
ALTER TABLE user_profiles ADD COLUMN locale text COLLATE "C" NULL;
