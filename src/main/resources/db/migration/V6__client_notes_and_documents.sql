-- The facilitator's notes and documents of a client (private to the client's facilitator, like the client).

-- A note is never changed in place: every edit adds a revision, and the earlier texts stay.
create table client_note (
    id         uuid primary key,
    client_id  uuid        not null references client (id),
    created_by varchar(64) not null references account (username),
    created_at timestamp with time zone not null,
    version    bigint      not null
);
create index client_note_client on client_note (client_id, created_at);

create table client_note_revision (
    id         uuid primary key,
    note_id    uuid           not null references client_note (id),
    revision   integer        not null,
    text       varchar(20000) not null,
    written_by varchar(64)    not null references account (username),
    written_at timestamp with time zone not null,
    unique (note_id, revision)
);

-- Documents live in the database: one transactional store, backed up with everything else. "bytea" is
-- PostgreSQL's binary type, and H2 accepts it as a name of its BINARY VARYING (up to 1 GB), so one DDL serves both.
-- deleted_at set = in the trash, restorable for sojourn.documents.trash-retention.
create table client_document (
    id            uuid primary key,
    client_id     uuid         not null references client (id),
    original_name varchar(255) not null,
    media_type    varchar(100) not null,
    size_bytes    bigint       not null,
    sha256        char(64)     not null,
    content       bytea        not null,
    uploaded_by   varchar(64)  not null references account (username),
    uploaded_at   timestamp with time zone not null,
    deleted_at    timestamp with time zone,
    deleted_by    varchar(64) references account (username)
);
create index client_document_client on client_document (client_id, uploaded_at);
