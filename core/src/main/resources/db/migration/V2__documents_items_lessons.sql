-- Source documents and their immutable versions; items (fact cards, questions) and lessons.
-- Item and lesson bodies are JSON documents; the columns beside them are what lists filter on.
-- Runs unchanged on H2 and PostgreSQL.

CREATE TABLE source_document (
    id             UUID                     NOT NULL,
    owner_id       BIGINT                   NOT NULL,
    title          VARCHAR(300)             NOT NULL,
    latest_version INTEGER                  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT                   NOT NULL,
    CONSTRAINT pk_source_document PRIMARY KEY (id),
    CONSTRAINT fk_source_document_owner FOREIGN KEY (owner_id) REFERENCES user_account (id)
);

CREATE INDEX ix_source_document_owner ON source_document (owner_id);

CREATE TABLE document_version (
    document_id    UUID                     NOT NULL,
    version_number INTEGER                  NOT NULL,
    text_content   TEXT                     NOT NULL,
    sha256         VARCHAR(64)              NOT NULL,
    metadata       JSON                     NOT NULL,
    segmentation   JSON                     NOT NULL,
    file_name      VARCHAR(255),
    file_type      VARCHAR(16)              NOT NULL,
    byte_size      BIGINT                   NOT NULL,
    imported_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_document_version PRIMARY KEY (document_id, version_number),
    CONSTRAINT fk_document_version_document FOREIGN KEY (document_id) REFERENCES source_document (id) ON DELETE CASCADE
);

CREATE TABLE item (
    id          UUID                     NOT NULL,
    owner_id    BIGINT                   NOT NULL,
    document_id UUID,
    kind        VARCHAR(32)              NOT NULL,
    status      VARCHAR(16)              NOT NULL,
    origin      VARCHAR(16)              NOT NULL,
    quality     DOUBLE PRECISION         NOT NULL,
    body        JSON                     NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL,
    CONSTRAINT pk_item PRIMARY KEY (id),
    CONSTRAINT fk_item_owner FOREIGN KEY (owner_id) REFERENCES user_account (id),
    CONSTRAINT fk_item_document FOREIGN KEY (document_id) REFERENCES source_document (id)
);

CREATE INDEX ix_item_owner_status ON item (owner_id, status);
CREATE INDEX ix_item_document ON item (document_id);

CREATE TABLE item_tag (
    item_id UUID         NOT NULL,
    tag     VARCHAR(100) NOT NULL,
    CONSTRAINT pk_item_tag PRIMARY KEY (item_id, tag),
    CONSTRAINT fk_item_tag_item FOREIGN KEY (item_id) REFERENCES item (id) ON DELETE CASCADE
);

CREATE TABLE lesson (
    id         UUID                     NOT NULL,
    owner_id   BIGINT                   NOT NULL,
    title      VARCHAR(300)             NOT NULL,
    status     VARCHAR(16)              NOT NULL,
    body       JSON                     NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT                   NOT NULL,
    CONSTRAINT pk_lesson PRIMARY KEY (id),
    CONSTRAINT fk_lesson_owner FOREIGN KEY (owner_id) REFERENCES user_account (id)
);

CREATE INDEX ix_lesson_owner ON lesson (owner_id);
