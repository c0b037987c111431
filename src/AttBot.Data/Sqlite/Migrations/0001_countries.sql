-- 0001: the treaty status of every state, and facts about the status data itself.
-- Seeded on first start from Seed/att-status.csv; the Secretariat keeps it current afterwards.
CREATE TABLE countries (
    iso3                 TEXT PRIMARY KEY NOT NULL CHECK (length(iso3) = 3),
    iso2                 TEXT NOT NULL UNIQUE CHECK (length(iso2) = 2),
    m49                  TEXT NOT NULL UNIQUE,
    name                 TEXT NOT NULL UNIQUE,
    untc_name            TEXT NOT NULL,
    region               TEXT NOT NULL,
    sub_region           TEXT NOT NULL,
    intermediate_region  TEXT NULL,
    regional_group       TEXT NULL,
    status               TEXT NOT NULL CHECK (status IN ('party', 'signatory', 'none')),
    signature_date       TEXT NULL,
    consent_date         TEXT NULL,
    consent_kind         TEXT NULL CHECK (consent_kind IN ('ratification', 'acceptance', 'approval', 'accession')),
    entry_into_force     TEXT NULL,
    notes                TEXT NULL
);

-- Key/value facts about the data: where it came from and the date it is current to.
CREATE TABLE status_data_info (
    key    TEXT PRIMARY KEY NOT NULL,
    value  TEXT NOT NULL
);
