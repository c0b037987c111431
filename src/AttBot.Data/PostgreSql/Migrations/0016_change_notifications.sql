-- 0016 (PostgreSQL): every instance keeps some tables in memory (the status table, roles, planned-outreach figures,
-- people's organizations and languages, declared intentions). A change to one of them notifies the channel
-- attbot_changes from the change's own transaction (delivered at its commit, never for a rollback), whoever wrote it:
-- each instance's listener then drops what it keeps. Triggers rather than calls in the stores, so that no write path
-- can forget it. The payload is the table, and for the per-person tables the person's channel and user id (no name).
CREATE FUNCTION attbot_notify_table() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('attbot_changes', TG_TABLE_NAME);
    RETURN NULL;
END;
$$;

CREATE FUNCTION attbot_notify_person() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed record;
BEGIN
    IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
    IF TG_TABLE_NAME = 'language_choices' THEN
        PERFORM pg_notify('attbot_changes', TG_TABLE_NAME || '|' || changed.channel_id || '|' || changed.subject_id);
    ELSE
        PERFORM pg_notify('attbot_changes', TG_TABLE_NAME || '|' || changed.channel_id || '|' || changed.user_id);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER countries_changed AFTER INSERT OR UPDATE OR DELETE ON countries FOR EACH STATEMENT EXECUTE FUNCTION attbot_notify_table();
CREATE TRIGGER status_data_info_changed AFTER INSERT OR UPDATE OR DELETE ON status_data_info FOR EACH STATEMENT EXECUTE FUNCTION attbot_notify_table();
CREATE TRIGGER roles_changed AFTER INSERT OR UPDATE OR DELETE ON roles FOR EACH STATEMENT EXECUTE FUNCTION attbot_notify_table();
CREATE TRIGGER outreach_changed AFTER INSERT OR UPDATE OR DELETE ON outreach FOR EACH STATEMENT EXECUTE FUNCTION attbot_notify_table();
CREATE TRIGGER outreach_targets_changed AFTER INSERT OR UPDATE OR DELETE ON outreach_targets FOR EACH STATEMENT EXECUTE FUNCTION attbot_notify_table();
CREATE TRIGGER declared_intentions_changed AFTER INSERT OR UPDATE OR DELETE ON declared_intentions FOR EACH STATEMENT EXECUTE FUNCTION attbot_notify_table();
CREATE TRIGGER user_profiles_changed AFTER INSERT OR UPDATE OR DELETE ON user_profiles FOR EACH ROW EXECUTE FUNCTION attbot_notify_person();
CREATE TRIGGER language_choices_changed AFTER INSERT OR UPDATE OR DELETE ON language_choices FOR EACH ROW EXECUTE FUNCTION attbot_notify_person();
