-- Second factors of sign-in. An authenticator app's secret must be readable to check a code, so it is kept as it is;
-- recovery codes are high-entropy (120 bits) and kept only as SHA-256 hashes.

-- One authenticator app per account. Unconfirmed until the owner has typed a code from it; only a confirmed one is
-- a factor. last_used_step is the newest 30-second step whose code was accepted: a code of that step or an earlier
-- one is refused, so that each code is accepted once.
create table totp_factor (
    username       varchar(64) primary key references account (username),
    secret         varchar(64) not null,
    confirmed_at   timestamp with time zone,
    last_used_step bigint      not null,
    created_at     timestamp with time zone not null
);

create table recovery_code (
    code_hash  varchar(64) primary key,
    username   varchar(64) not null references account (username),
    created_at timestamp with time zone not null,
    used_at    timestamp with time zone
);
create index recovery_code_username on recovery_code (username);

-- Wrong second-step codes per username, shared by every node of a cluster, counted like wrong passwords.
create table second_step_throttle (
    username        varchar(64) primary key,
    failures        integer     not null,
    last_failure_at timestamp with time zone not null,
    locked_until    timestamp with time zone
);

-- A center may require a second factor of everyone who works its records.
alter table service_center add column requires_second_factor boolean not null default false;
