-- Mail that Sojourn sends, written in the transaction of the change that causes it. With an SMTP server the body is
-- cleared once the mail is sent (it may hold a single-use link); without one the row is the local mailbox's letter.
create table outgoing_mail (
    id            uuid primary key,
    recipient     varchar(320)  not null,
    subject       varchar(200)  not null,
    body          varchar(20000),
    created_at    timestamp with time zone not null,
    sending_since timestamp with time zone,
    sent_at       timestamp with time zone,
    attempts      integer       not null
);
create index outgoing_mail_created on outgoing_mail (created_at);

-- Spring Modulith's JPA event publication registry (its entities, in schema app like every table of Sojourn):
-- a publication is written with the event in the publishing transaction and completed when its listener succeeded.
create table event_publication (
    id               uuid primary key,
    listener_id      varchar(512)   not null,
    event_type       varchar(512)   not null,
    serialized_event varchar(100000) not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone
);
create index event_publication_incomplete on event_publication (completion_date, publication_date);

-- The registry's archive entity is always mapped; Sojourn completes publications in place (completion-mode update),
-- so this table stays empty.
create table event_publication_archive (
    id               uuid primary key,
    listener_id      varchar(512)   not null,
    event_type       varchar(512)   not null,
    serialized_event varchar(100000) not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone
);
