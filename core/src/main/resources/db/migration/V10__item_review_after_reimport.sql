-- Re-imports that a teacher can trust (issue 24). When a re-import flags an item for review,
-- flagged_from keeps the status it had (accepted, draft), so that the teacher's decision brings
-- it back, and so that a published lesson knows the item had been accepted and may keep serving
-- it as it was. citations_kept records that the teacher chose to keep citing the version the item
-- points into: later re-imports move it if its quote comes back, but no longer flag it.
-- Items flagged before this migration were flagged after being accepted (the status says "was
-- accepted"), so they are marked so. Adds columns only; runs unchanged on H2 and PostgreSQL.

ALTER TABLE item ADD COLUMN flagged_from VARCHAR(16);
ALTER TABLE item ADD COLUMN citations_kept BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE item SET flagged_from = 'accepted' WHERE status = 'needs-review';
