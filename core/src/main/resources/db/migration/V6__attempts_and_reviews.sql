-- Quiz attempts with every answer as given, and each student's memory of each fact card with
-- the log of every review. Answers are saved one by one while the student works (not only on
-- submit); an attempt keeps a snapshot of its questions, so a teacher's later edit changes no
-- running attempt (a regrade is a deliberate step). Runs unchanged on H2 and PostgreSQL.

CREATE TABLE quiz_attempt (
    id             UUID                     NOT NULL,
    student_id     BIGINT                   NOT NULL,
    lesson_id      UUID                     NOT NULL,
    quiz_block_id  UUID                     NOT NULL,
    attempt_number INTEGER                  NOT NULL,
    question_ids   VARCHAR(40000)           NOT NULL,
    questions      TEXT                     NOT NULL,
    settings       VARCHAR(4000)            NOT NULL,
    shuffle_seed   BIGINT                   NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline       TIMESTAMP WITH TIME ZONE,
    last_sequence  BIGINT                   NOT NULL,
    submitted_at   TIMESTAMP WITH TIME ZONE,
    finished_by    VARCHAR(16),
    marks          DOUBLE PRECISION,
    max_marks      INTEGER                  NOT NULL,
    CONSTRAINT pk_quiz_attempt PRIMARY KEY (id),
    CONSTRAINT uq_quiz_attempt_number UNIQUE (student_id, lesson_id, quiz_block_id, attempt_number),
    CONSTRAINT fk_quiz_attempt_student FOREIGN KEY (student_id) REFERENCES user_account (id),
    CONSTRAINT fk_quiz_attempt_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
);

CREATE INDEX ix_quiz_attempt_running ON quiz_attempt (submitted_at, deadline);
CREATE INDEX ix_quiz_attempt_lesson ON quiz_attempt (lesson_id, quiz_block_id);

CREATE TABLE quiz_answer (
    attempt_id UUID                     NOT NULL,
    item_id    UUID                     NOT NULL,
    response   VARCHAR(20000)           NOT NULL,
    sequence_number BIGINT              NOT NULL,
    saved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    locked     BOOLEAN                  NOT NULL,
    CONSTRAINT pk_quiz_answer PRIMARY KEY (attempt_id, item_id),
    CONSTRAINT fk_quiz_answer_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id)
);

CREATE TABLE card_memory (
    student_id  BIGINT                   NOT NULL,
    item_id     UUID                     NOT NULL,
    phase       VARCHAR(16)              NOT NULL,
    step        INTEGER                  NOT NULL,
    stability   DOUBLE PRECISION         NOT NULL,
    difficulty  DOUBLE PRECISION         NOT NULL,
    due         TIMESTAMP WITH TIME ZONE NOT NULL,
    last_review TIMESTAMP WITH TIME ZONE,
    reviews     INTEGER                  NOT NULL,
    lapses      INTEGER                  NOT NULL,
    CONSTRAINT pk_card_memory PRIMARY KEY (student_id, item_id),
    CONSTRAINT fk_card_memory_student FOREIGN KEY (student_id) REFERENCES user_account (id),
    CONSTRAINT fk_card_memory_item FOREIGN KEY (item_id) REFERENCES item (id)
);

CREATE INDEX ix_card_memory_due ON card_memory (student_id, due);

CREATE TABLE card_review_log (
    student_id        BIGINT                   NOT NULL,
    item_id           UUID                     NOT NULL,
    review_number     INTEGER                  NOT NULL,
    rating            VARCHAR(8)               NOT NULL,
    reviewed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    phase_before      VARCHAR(16)              NOT NULL,
    stability_before  DOUBLE PRECISION         NOT NULL,
    difficulty_before DOUBLE PRECISION         NOT NULL,
    retrievability    DOUBLE PRECISION         NOT NULL,
    phase_after       VARCHAR(16)              NOT NULL,
    stability_after   DOUBLE PRECISION         NOT NULL,
    difficulty_after  DOUBLE PRECISION         NOT NULL,
    due_after         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_card_review_log PRIMARY KEY (student_id, item_id, review_number),
    CONSTRAINT fk_card_review_log_memory FOREIGN KEY (student_id, item_id) REFERENCES card_memory (student_id, item_id)
);
