-- Inclusio: the two database roles and the database, for an external PostgreSQL >= 15.
--
-- Run once as a superuser, before the first start of the application:
--
--   psql -h db.example.org -U postgres -d postgres \
--        -v owner_password='…' -v app_password='…' \
--        -f infra/sql/create-roles.sql
--
-- To keep the passwords off the command line (psql >= 15), load them from the environment instead:
--
--   psql … -c '\getenv owner_password INCLUSIO_OWNER_PASSWORD' \
--          -c '\getenv app_password INCLUSIO_APP_PASSWORD' -f infra/sql/create-roles.sql
--
-- Re-running is safe: existing roles get their attributes and the given passwords again (that is how to rotate
-- them), an existing database and its data are kept.
--
-- No table privileges here: Liquibase creates every table as inclusio_owner, and its first changeset grants
-- inclusio_app what it needs through ALTER DEFAULT PRIVILEGES.
--
--   inclusio_owner  runs the migrations; owns the database inclusio and everything in it
--   inclusio_app    the application's connection pool; owns nothing, cannot bypass row-level security

\set ON_ERROR_STOP on

\if :{?owner_password}
\else
  DO $$ BEGIN RAISE EXCEPTION 'psql variable owner_password is not set (psql -v owner_password=… -v app_password=…)'; END $$;
\endif
\if :{?app_password}
\else
  DO $$ BEGIN RAISE EXCEPTION 'psql variable app_password is not set (psql -v owner_password=… -v app_password=…)'; END $$;
\endif

SET password_encryption = 'scram-sha-256';

-- The passwords travel as SQL literals; keep them out of the server log even where statement logging is switched
-- on or a statement fails. Roles that may not change these settings (managed services) just get a notice.
DO $$
BEGIN
    PERFORM set_config('log_statement', 'none', false);
    PERFORM set_config('log_min_duration_statement', '-1', false);
    PERFORM set_config('log_min_error_statement', 'panic', false);
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'could not switch statement logging off for this session; check the server log for passwords';
END
$$;

SELECT :'owner_password' = '' OR :'app_password' = '' AS empty_password \gset
\if :empty_password
  DO $$ BEGIN RAISE EXCEPTION 'owner_password and app_password must not be empty'; END $$;
\endif

-- Roles -----------------------------------------------------------------------------------------------------------

SELECT 'CREATE ROLE inclusio_owner'
WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'inclusio_owner') \gexec

ALTER ROLE inclusio_owner WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
    PASSWORD :'owner_password';

SELECT 'CREATE ROLE inclusio_app'
WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'inclusio_app') \gexec

ALTER ROLE inclusio_app WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT
    PASSWORD :'app_password';

-- Through membership the application role could SET ROLE to the owner and escape row-level security.
DO $$
BEGIN
    IF pg_has_role('inclusio_app', 'inclusio_owner', 'MEMBER') THEN
        RAISE EXCEPTION 'inclusio_app is a member of inclusio_owner; revoke that membership first';
    END IF;
END
$$;

-- Database --------------------------------------------------------------------------------------------------------

SELECT 'CREATE DATABASE inclusio OWNER inclusio_owner ENCODING ''UTF8'' TEMPLATE template0'
WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_database WHERE datname = 'inclusio') \gexec

ALTER DATABASE inclusio OWNER TO inclusio_owner;

-- PUBLIC would otherwise keep CONNECT and TEMPORARY: only the owner and the application role may connect, and only
-- the owner may create temporary tables (they would sit outside row-level security). Re-running takes TEMPORARY away
-- from an application role that an earlier version of this script gave it.
REVOKE ALL ON DATABASE inclusio FROM PUBLIC;
REVOKE TEMPORARY ON DATABASE inclusio FROM inclusio_app;
GRANT CONNECT ON DATABASE inclusio TO inclusio_app;

\echo 'Roles inclusio_owner and inclusio_app and database inclusio are ready.'
