-- 0015 (PostgreSQL): a way to reach the other organizer, and possible duplications that end when a move takes a registration away.
-- upn: the person's Teams sign-in name (userPrincipalName), read from a Teams roster, for a chat link in a heads-up.
-- ended_at: set when a move leaves the pair outside the conflict rule (no longer open), cleared when a move brings it back.
ALTER TABLE user_profiles ADD COLUMN upn text COLLATE "C" NULL;
ALTER TABLE conflicts ADD COLUMN ended_at text COLLATE "C" NULL;
