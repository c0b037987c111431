-- 0014 (PostgreSQL): the outbox also tells those concerned when a registration in a possible duplication is moved or
-- cancelled: 'change' to a person (the other organizer, a regional champion), 'change_alert' to a subscribed
-- conversation. Their subject is the audit_log id of the change, so there is one message per change per conversation.
-- PostgreSQL widens the CHECK in place, where SQLite copies the table.
ALTER TABLE outbox DROP CONSTRAINT outbox_kinds,
    ADD CONSTRAINT outbox_kinds CHECK (kind IN ('heads_up', 'alert', 'champion_note', 'digest', 'reminder', 'change', 'change_alert'));
