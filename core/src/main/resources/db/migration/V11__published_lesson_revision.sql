-- What students see of a lesson is the revision the teacher last published (issue 18): edits to
-- a published lesson go to the working copy in body, and reach students only when the teacher
-- publishes them. published_body is that published revision (null while the lesson was never
-- published or is unpublished), published_at when it was published. Lessons published before
-- this migration publish what they hold now, as they did. Adds columns only; runs unchanged on H2
-- and PostgreSQL.

ALTER TABLE lesson ADD COLUMN published_body JSON;
ALTER TABLE lesson ADD COLUMN published_at TIMESTAMP WITH TIME ZONE;

UPDATE lesson SET published_body = body, published_at = updated_at WHERE status = 'published';
