-- 0008: files the Secretariat asked for (outreach as CSV or iCalendar), kept briefly for download through a link.
-- Only a SHA-256 hash of each link's secret is stored, so a copy of the database gives no working links.
CREATE TABLE exports (
    token_hash    TEXT PRIMARY KEY,
    file_name     TEXT NOT NULL,
    content_type  TEXT NOT NULL,
    content       BLOB NOT NULL,
    created_by    TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    expires_at    TEXT NOT NULL
);
CREATE INDEX exports_by_expiry ON exports (expires_at);
