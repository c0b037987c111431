-- 0001 (PostgreSQL): the treaty status of every state, and facts about the status data itself.
-- Seeded on first start from Seed/att-status.csv; the Secretariat keeps it current afterwards.
-- In every PostgreSQL migration, text is COLLATE "C": it then compares byte by byte as in SQLite, so dates and times
-- (ISO 8601 text on both engines) and names order alike whatever the server's locale. Integers are bigint: Dapper then
-- reads them as SQLite gives them (Int64), and the stores' mapping is the same on both engines.
CREATE TABLE countries (
    iso3                 text COLLATE "C" PRIMARY KEY NOT NULL CHECK (length(iso3) = 3),
    iso2                 text COLLATE "C" NOT NULL UNIQUE CHECK (length(iso2) = 2),
    m49                  text COLLATE "C" NOT NULL UNIQUE,
    name                 text COLLATE "C" NOT NULL UNIQUE,
    untc_name            text COLLATE "C" NOT NULL,
    region               text COLLATE "C" NOT NULL,
    sub_region           text COLLATE "C" NOT NULL,
    intermediate_region  text COLLATE "C" NULL,
    regional_group       text COLLATE "C" NULL,
    status               text COLLATE "C" NOT NULL CHECK (status IN ('party', 'signatory', 'none')),
    signature_date       text COLLATE "C" NULL,
    consent_date         text COLLATE "C" NULL,
    consent_kind         text COLLATE "C" NULL CHECK (consent_kind IN ('ratification', 'acceptance', 'approval', 'accession')),
    entry_into_force     text COLLATE "C" NULL,
    notes                text COLLATE "C" NULL
);

-- Key/value facts about the data: where it came from and the date it is current to.
CREATE TABLE status_data_info (
    key    text COLLATE "C" PRIMARY KEY NOT NULL,
    value  text COLLATE "C" NOT NULL
);
