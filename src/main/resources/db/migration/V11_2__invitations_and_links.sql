-- Mailed single-use links (invitations, password resets), kept by the SHA-256 of their token only.
create table account_link (
    token_hash    varchar(64)  primary key,
    purpose       varchar(20)  not null,
    subject       varchar(320) not null,
    issued_at     timestamp with time zone not null,
    expires_at    timestamp with time zone not null,
    used_at       timestamp with time zone,
    superseded_at timestamp with time zone,
    version       bigint       not null
);
create index account_link_subject on account_link (purpose, subject);

-- A center's invitation of an email address that has no account yet; one per center, address and role.
create table account_invitation (
    id          uuid         primary key,
    email       varchar(320) not null,
    center_id   uuid         not null references service_center (id),
    role        varchar(20)  not null,
    invited_by  varchar(64)  not null references account (username),
    invited_at  timestamp with time zone not null,
    accepted_by varchar(64) references account (username),
    accepted_at timestamp with time zone,
    version     bigint       not null
);
create index account_invitation_center on account_invitation (center_id, role);

-- When each account last signed in through the sign-in form (HTTP Basic requests of the API are not counted).
create table account_activity (
    username        varchar(64) primary key references account (username),
    last_sign_in_at timestamp with time zone not null
);
