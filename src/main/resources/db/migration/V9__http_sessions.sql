-- HTTP sessions of the sign-in form (Spring Session JDBC, spring.session.jdbc.table-name=app.http_session), shared
-- by every node. Spring Session's own schema, in schema app; "bytea" is PostgreSQL's binary type and a name H2
-- accepts for its BINARY VARYING, so one script serves both databases. Times are epoch milliseconds.
create table http_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint http_session_pk primary key (primary_id)
);
create unique index http_session_ix1 on http_session (session_id);
create index http_session_ix2 on http_session (expiry_time);
create index http_session_ix3 on http_session (principal_name);

create table http_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint http_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint http_session_attributes_fk foreign key (session_primary_id) references http_session (primary_id)
        on delete cascade
);
