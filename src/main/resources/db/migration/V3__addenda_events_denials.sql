-- Corrections of signed records: the original stays as it was; an addendum says who, when, why and what changed.
create table addendum (
    id          uuid primary key,
    session_id  uuid          not null references service_session (id),
    target      varchar(100)  not null,
    reason      varchar(2000) not null,
    changes     varchar(20000) not null,
    author      varchar(64)   not null,
    recorded_at timestamp with time zone not null
);
create index addendum_session on addendum (session_id);

-- Adverse reactions and transport deviations, recorded at any moment of the administration phase.
create table administration_event (
    id                 uuid primary key,
    session_id         uuid          not null references service_session (id),
    kind               varchar(30)   not null,
    severity           varchar(20),
    emergency_services boolean       not null,
    medical_care       boolean       not null,
    narrative          varchar(4000) not null,
    occurred_at        timestamp with time zone not null,
    recorded_by        varchar(64)   not null,
    recorded_at        timestamp with time zone not null
);
create index administration_event_session on administration_event (session_id);

-- Why services were denied or ended early, as a structured record for reporting.
create table denial (
    session_id uuid primary key references service_session (id),
    code       varchar(30)   not null,
    reason     varchar(4000) not null,
    decided_by varchar(64)   not null,
    decided_at timestamp with time zone not null
);
