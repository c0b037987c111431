-- 0016: nothing on SQLite. On PostgreSQL this version makes changes to the tables kept in memory notify every instance;
-- a SQLite file belongs to one process, which drops its own caches as it changes them. Kept so that a version number
-- means the same schema on both engines.
SELECT 1;
