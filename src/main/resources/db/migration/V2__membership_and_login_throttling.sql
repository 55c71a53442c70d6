-- Facilitators working with a center: invited by the center, accepted or declined by the facilitator.
-- A removed facilitator keeps the row (status REMOVED), so history stays explainable.
create table center_facilitator (
    center_id            uuid        not null references service_center (id),
    facilitator_username varchar(64) not null references account (username),
    status               varchar(20) not null,
    invited_by           varchar(64) not null references account (username),
    invited_at           timestamp with time zone not null,
    responded_at         timestamp with time zone,
    version              bigint      not null,
    primary key (center_id, facilitator_username)
);
create index center_facilitator_facilitator on center_facilitator (facilitator_username);

-- Failed sign-ins per username, shared by every node of a cluster.
create table login_throttle (
    username        varchar(64) primary key,
    failures        integer     not null,
    last_failure_at timestamp with time zone not null,
    locked_until    timestamp with time zone
);
