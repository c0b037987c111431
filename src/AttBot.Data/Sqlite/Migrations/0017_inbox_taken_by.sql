-- 0017: which instance took each inbox entry in, and when. Several instances on one store each resume their own
-- unfinished entries when they start again, and take over another's only once it has been unfinished longer than a
-- lease (its instance died), instead of every start replaying everything. Entries from before this version have
-- neither: the next start takes them.
ALTER TABLE inbox ADD COLUMN taken_by TEXT NULL;
ALTER TABLE inbox ADD COLUMN taken_at TEXT NULL;
