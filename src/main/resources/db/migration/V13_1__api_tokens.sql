-- Personal access tokens for the API: only the SHA-256 digest of a token is kept.
create table api_token (
    id           uuid primary key,
    username     varchar(64)  not null references account (username),
    name         varchar(100) not null,
    token_hash   varchar(64)  not null unique,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone
);
create index api_token_username on api_token (username);
