-- Notifications in Sojourn: what waits on a person, with what it is about and where it leads. The text is short and
-- carries no client name and no health information. A row waits for the daily digest while digest_pending is true;
-- digest_id is the claim of the digest that took it (one conditional update, so one node sends it).
create table notification (
    id             uuid primary key,
    recipient      varchar(64)  not null references account (username),
    kind           varchar(40)  not null,
    session_id     uuid,
    task_id        varchar(64),
    center_id      uuid,
    quarter        varchar(7),
    text           varchar(300) not null,
    link           varchar(300) not null,
    created_at     timestamp with time zone not null,
    read_at        timestamp with time zone,
    mailed_at      timestamp with time zone,
    digest_pending boolean      not null,
    digest_id      uuid,
    lapsed_at      timestamp with time zone
);
create index notification_recipient on notification (recipient, created_at);
create index notification_digest on notification (digest_pending, recipient);

-- Each person's choices: mail at once or in a daily digest, and the kinds they want no mail for.
create table notification_settings (
    username    varchar(64)  primary key references account (username),
    daily_digest boolean     not null,
    muted_kinds varchar(1000) not null
);
