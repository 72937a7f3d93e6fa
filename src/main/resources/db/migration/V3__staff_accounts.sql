-- Staff (saksbehandlere) who may log in; owned by the platform's security.
create table staff_account (
    username      text primary key,
    password_hash text        not null,
    created_at    timestamptz not null default now()
);
