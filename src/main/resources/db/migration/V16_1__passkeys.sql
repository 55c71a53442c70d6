-- Passkeys (WebAuthn). Spring Security's JDBC repositories name their tables without a schema, so Sojourn keeps
-- these in its own schema with its own repositories (signin.PasskeyUserEntities, signin.PasskeyCredentials).
-- Binary values are stored as base64url text so that H2 and PostgreSQL read and write them alike.

-- The WebAuthn user handle of an account: random bytes, never the username, so an authenticator holds no name.
create table passkey_user (
    id           varchar(128) primary key,
    username     varchar(64)  not null unique references account (username),
    display_name varchar(200) not null
);

-- One row per passkey. signature_count guards against cloned authenticators; last_used is shown to the owner.
create table passkey_credential (
    credential_id                varchar(1400)  primary key,
    user_id                      varchar(128)   not null references passkey_user (id),
    public_key                   varchar(4000)  not null,
    signature_count              bigint         not null,
    uv_initialized               boolean        not null,
    backup_eligible              boolean        not null,
    backup_state                 boolean        not null,
    transports                   varchar(200),
    credential_type              varchar(40)    not null,
    attestation_object           varchar(20000),
    attestation_client_data_json varchar(8000),
    label                        varchar(100)   not null,
    created_at                   timestamp with time zone not null,
    last_used_at                 timestamp with time zone not null
);
create index passkey_credential_user on passkey_credential (user_id);
