-- Sojourn's own tables (schema "app"); Camunda keeps its ACT_* tables in the default schema.

create table account (
    username      varchar(64)  primary key,
    password_hash varchar(255) not null,
    display_name  varchar(200) not null,
    email         varchar(320) unique,
    operator      boolean      not null default false,
    enabled       boolean      not null default true,
    created_at    timestamp with time zone not null
);

create table facilitator (
    username       varchar(64) primary key references account (username),
    license_number varchar(64) not null unique
);

create table service_center (
    id             uuid primary key,
    name           varchar(200) not null,
    license_number varchar(64)  not null unique,
    created_at     timestamp with time zone not null
);

create table center_administrator (
    center_id uuid        not null references service_center (id),
    username  varchar(64) not null references account (username),
    primary key (center_id, username)
);

create table client (
    id                      uuid primary key,
    facilitator_username    varchar(64)  not null references facilitator (username),
    legal_name              varchar(200) not null,
    preferred_name          varchar(200),
    pronouns                varchar(50),
    date_of_birth           date         not null,
    email                   varchar(320),
    phone                   varchar(50),
    emergency_contact_name  varchar(200),
    emergency_contact_phone varchar(50),
    created_at              timestamp with time zone not null,
    updated_at              timestamp with time zone not null,
    version                 bigint       not null
);
create index client_facilitator on client (facilitator_username);

create table service_session (
    id                          uuid primary key,
    client_id                   uuid        not null references client (id),
    facilitator_username        varchar(64) not null references facilitator (username),
    center_id                   uuid references service_center (id),
    status                      varchar(20) not null,
    phase                       varchar(20) not null,
    preparation_session_at      timestamp with time zone,
    administration_scheduled_at timestamp with time zone,
    product_consumed_at         timestamp with time zone,
    close_reason                varchar(4000),
    created_at                  timestamp with time zone not null,
    closed_at                   timestamp with time zone,
    version                     bigint      not null
);
create index service_session_client on service_session (client_id);
create index service_session_facilitator on service_session (facilitator_username);
create index service_session_center on service_session (center_id);

-- Every submitted form of a session, as submitted: the session record's data of record.
create table submitted_form (
    id           uuid primary key,
    session_id   uuid           not null references service_session (id),
    step         varchar(50)    not null,
    form_id      varchar(100)   not null,
    form_version varchar(100)   not null,
    payload      varchar(100000) not null,
    submitted_by varchar(64)    not null,
    submitted_at timestamp with time zone not null
);
create index submitted_form_session on submitted_form (session_id);

create table administration_record (
    session_id              uuid primary key references service_session (id),
    product_id              varchar(64)   not null,
    initial_dose_mg         numeric(6, 2) not null,
    initial_dose_at         timestamp with time zone not null,
    secondary_dose_mg       numeric(6, 2),
    secondary_dose_at       timestamp with time zone,
    started_at              timestamp with time zone not null,
    ended_at                timestamp with time zone not null,
    adverse_reaction        boolean       not null,
    adverse_reaction_note   varchar(4000),
    emergency_services      boolean       not null,
    transport_plan_followed boolean       not null,
    transport_deviation     varchar(4000),
    recorded_by             varchar(64)   not null,
    recorded_at             timestamp with time zone not null
);

-- What screening found, kept with the session: the outcome and the reasons that decided it.
alter table service_session add column screening_outcome varchar(20);
alter table service_session add column screening_reasons varchar(4000);
