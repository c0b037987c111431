-- 0018 (PostgreSQL): nothing to change. On SQLite this version stores conversations and user_profiles clustered on
-- their primary key (WITHOUT ROWID); PostgreSQL tables have no rowid tree to spare. The version exists on both
-- engines so that a version number means the same schema everywhere.
SELECT 1;
