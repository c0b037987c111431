-- 0009: the Secretariat's priorities for universalization: each non-party's tier in the step approach, and the
-- intentions to join that states have declared (when, where, what). Never shown to stakeholders.
CREATE TABLE country_priorities (
    iso3      TEXT PRIMARY KEY REFERENCES countries (iso3),
    tier      INTEGER NOT NULL CHECK (tier BETWEEN 1 AND 4),
    set_by    TEXT NOT NULL,
    set_at    TEXT NOT NULL
);

CREATE TABLE declared_intentions (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    iso3         TEXT NOT NULL REFERENCES countries (iso3),
    declared_on  TEXT NOT NULL,
    expressed_at TEXT NOT NULL,
    statement    TEXT NOT NULL,
    recorded_by  TEXT NOT NULL,
    recorded_at  TEXT NOT NULL
);
CREATE INDEX declared_intentions_by_country ON declared_intentions (iso3, declared_on);
