-- Idempotency keys of the API's POST requests (header Idempotency-Key), one row per user and key, kept for
-- sojourn.idempotency.retention and then removed. A row is claimed (no response yet) in a short transaction of its
-- own before the request runs, and given its answer in the request's own transaction, so that the request's changes
-- and the answer kept for its retries are committed together or not at all (see module idempotency).
create table idempotency_key (
    username          varchar(64)   not null,
    idempotency_key   varchar(255)  not null,
    -- SHA-256 of the method, path and body: a retry must send the same request.
    request_hash      char(64)      not null,
    -- The claim of the request now running it; a retry that takes over an abandoned claim replaces it.
    claim_token       uuid          not null,
    claimed_at        timestamp with time zone not null,
    expires_at        timestamp with time zone not null,
    -- The answer, once the request succeeded (only 2xx answers are kept); null while it runs.
    response_status   integer,
    response_type     varchar(255),
    response_location varchar(2000),
    response_body     bytea,
    primary key (username, idempotency_key)
);
create index idempotency_key_expires_at on idempotency_key (expires_at);
