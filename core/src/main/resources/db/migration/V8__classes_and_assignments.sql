-- Classes of students, owned by a teacher, and published lessons assigned to a class with
-- optional open and due dates. A student reaches a lesson only through an assignment to a class
-- they are in. Runs unchanged on H2 and PostgreSQL.

CREATE TABLE school_class (
    id         UUID                     NOT NULL,
    owner_id   BIGINT                   NOT NULL,
    name       VARCHAR(200)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_school_class PRIMARY KEY (id),
    CONSTRAINT fk_school_class_owner FOREIGN KEY (owner_id) REFERENCES user_account (id)
);

CREATE INDEX ix_school_class_owner ON school_class (owner_id);

CREATE TABLE class_member (
    class_id   UUID                     NOT NULL,
    student_id BIGINT                   NOT NULL,
    added_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_class_member PRIMARY KEY (class_id, student_id),
    CONSTRAINT fk_class_member_class FOREIGN KEY (class_id) REFERENCES school_class (id),
    CONSTRAINT fk_class_member_student FOREIGN KEY (student_id) REFERENCES user_account (id)
);

CREATE INDEX ix_class_member_student ON class_member (student_id);

CREATE TABLE lesson_assignment (
    id         UUID                     NOT NULL,
    class_id   UUID                     NOT NULL,
    lesson_id  UUID                     NOT NULL,
    opens_at   TIMESTAMP WITH TIME ZONE,
    due_at     TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_lesson_assignment PRIMARY KEY (id),
    CONSTRAINT uq_lesson_assignment UNIQUE (class_id, lesson_id),
    CONSTRAINT fk_lesson_assignment_class FOREIGN KEY (class_id) REFERENCES school_class (id),
    CONSTRAINT fk_lesson_assignment_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
);

CREATE INDEX ix_lesson_assignment_lesson ON lesson_assignment (lesson_id);
