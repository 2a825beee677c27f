-- Every save of a lesson is kept as a revision, so a teacher can see its history and restore
-- an earlier state (a restore is itself a new revision; nothing is lost).
-- Runs unchanged on H2 and PostgreSQL.

CREATE TABLE lesson_revision (
    lesson_id       UUID                     NOT NULL,
    revision_number INTEGER                  NOT NULL,
    saved_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    saved_by        BIGINT                   NOT NULL,
    saved_by_name   VARCHAR(200)             NOT NULL,
    title           VARCHAR(300)             NOT NULL,
    body            JSON                     NOT NULL,
    CONSTRAINT pk_lesson_revision PRIMARY KEY (lesson_id, revision_number),
    CONSTRAINT fk_lesson_revision_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id) ON DELETE CASCADE,
    CONSTRAINT fk_lesson_revision_account FOREIGN KEY (saved_by) REFERENCES user_account (id)
);
