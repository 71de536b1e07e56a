DROP INDEX "notices_due_idx";--> statement-breakpoint
CREATE INDEX "notices_due_idx" ON "notices" USING btree ("next_attempt_at") WHERE state in ('pending', 'sending');