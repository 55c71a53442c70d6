-- An address an account asked to move to, until the link mailed to it is followed; one per account (a new request
-- replaces it, as its link supersedes the earlier one).
create table account_email_change (
    username     varchar(64)  primary key references account (username),
    new_email    varchar(320) not null,
    requested_at timestamp with time zone not null
);

-- Attempts counted per kind and key (a username, a hashed address, a client address), shared by every node.
-- It replaces the two tables of the same shape that sign-in and the second step kept apart; their counts are
-- short-lived (a lock lasts minutes), so they are not carried over.
create table attempt_throttle (
    kind            varchar(40)  not null,
    throttle_key    varchar(320) not null,
    attempts        integer      not null,
    last_attempt_at timestamp with time zone not null,
    locked_until    timestamp with time zone,
    primary key (kind, throttle_key)
);

drop table login_throttle;
drop table second_step_throttle;
