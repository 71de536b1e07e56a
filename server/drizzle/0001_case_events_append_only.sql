-- The case timeline is append-only: nothing updates or deletes an entry, whoever asks.
CREATE OR REPLACE FUNCTION case_events_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'case_events is append-only (% refused)', TG_OP USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER case_events_no_update BEFORE UPDATE OR DELETE ON case_events
  FOR EACH ROW EXECUTE FUNCTION case_events_append_only();
--> statement-breakpoint
CREATE TRIGGER case_events_no_truncate BEFORE TRUNCATE ON case_events
  FOR EACH STATEMENT EXECUTE FUNCTION case_events_append_only();
