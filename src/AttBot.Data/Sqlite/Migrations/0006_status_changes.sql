-- 0006: imports of the depositary's status table (UN Treaty Collection XXVI-8) waiting for the Secretariat's
-- confirmation, and what became of them. The preview's changes are kept as they were shown, so what is applied is
-- exactly what was confirmed; the UPDATE that applies or discards requires state = 'pending', so it happens once.
CREATE TABLE status_imports (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at       TEXT NOT NULL,
    created_channel  TEXT NOT NULL,
    created_user_id  TEXT NOT NULL,
    created_name     TEXT NOT NULL,
    source           TEXT NOT NULL,
    as_at            TEXT NULL,   -- the page's "STATUS AS AT" date, which the data becomes current to when applied
    diff_json        TEXT NOT NULL,
    state            TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'applied', 'discarded')),
    decided_at       TEXT NULL,
    decided_by       TEXT NULL
);
