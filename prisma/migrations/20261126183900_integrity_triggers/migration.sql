-- Written by hand: rules the database itself enforces, whatever the application does.

-- The audit log is append-only.
CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only: % is not allowed', TG_OP USING ERRCODE = 'P0001';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

-- A published checklist version and its questions are immutable.
CREATE FUNCTION checklist_version_immutable() RETURNS trigger AS $$
BEGIN
  IF OLD."status" = 'PUBLISHED' THEN
    RAISE EXCEPTION 'Checklist version % is published and cannot change', OLD."id" USING ERRCODE = 'P0001';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER checklist_version_frozen BEFORE UPDATE OR DELETE ON "ChecklistVersion"
  FOR EACH ROW EXECUTE FUNCTION checklist_version_immutable();

CREATE FUNCTION checklist_question_immutable() RETURNS trigger AS $$
DECLARE
  version_status "ChecklistVersionStatus";
BEGIN
  SELECT "status" INTO version_status FROM "ChecklistVersion"
    WHERE "id" = CASE WHEN TG_OP = 'INSERT' THEN NEW."versionId" ELSE OLD."versionId" END;
  IF version_status = 'PUBLISHED' THEN
    RAISE EXCEPTION 'Questions of a published checklist version cannot change' USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'UPDATE' AND NEW."versionId" <> OLD."versionId" THEN
    SELECT "status" INTO version_status FROM "ChecklistVersion" WHERE "id" = NEW."versionId";
    IF version_status = 'PUBLISHED' THEN
      RAISE EXCEPTION 'Questions of a published checklist version cannot change' USING ERRCODE = 'P0001';
    END IF;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER checklist_question_frozen BEFORE INSERT OR UPDATE OR DELETE ON "ChecklistQuestion"
  FOR EACH ROW EXECUTE FUNCTION checklist_question_immutable();
