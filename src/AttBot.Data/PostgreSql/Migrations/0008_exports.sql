-- 0008 (PostgreSQL): files the Secretariat asked for (outreach as CSV or iCalendar), kept briefly for download through a
-- link. Only a SHA-256 hash of each link's secret is stored, so a copy of the database gives no working links.
CREATE TABLE exports (
    token_hash    text COLLATE "C" PRIMARY KEY,
    file_name     text COLLATE "C" NOT NULL,
    content_type  text COLLATE "C" NOT NULL,
    content       bytea NOT NULL,
    created_by    text COLLATE "C" NOT NULL,
    created_at    text COLLATE "C" NOT NULL,
    expires_at    text COLLATE "C" NOT NULL
);
CREATE INDEX exports_by_expiry ON exports (expires_at);
