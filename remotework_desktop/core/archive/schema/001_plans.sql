-- The archive of signed plans. Run by `remotework-desktop archive migrate` as an admin role
-- that may create schemas and roles; laptops and HR never run it.
--
-- Who may do what is enforced here, by the server, not by the program:
--   remotework_laptop  INSERT and SELECT (a laptop adds plans and reads them back), never
--                      UPDATE or DELETE: a stored agreement cannot be changed from a laptop.
--   remotework_hr      SELECT only.
-- Both are NOLOGIN group roles; an admin grants them to login roles (see docs/archive.md).

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'remotework_laptop') THEN
    CREATE ROLE remotework_laptop NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'remotework_hr') THEN
    CREATE ROLE remotework_hr NOLOGIN;
  END IF;
END
$$;

CREATE SCHEMA IF NOT EXISTS remotework;
REVOKE ALL ON SCHEMA remotework FROM PUBLIC;
GRANT USAGE ON SCHEMA remotework TO remotework_laptop, remotework_hr;

CREATE TABLE remotework.plans (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- The fingerprint the PDF carries (SHA-256 of its embedded data): pushing is idempotent by it.
  fingerprint     text NOT NULL UNIQUE CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
  meeting_id      text NOT NULL CHECK (meeting_id ~ '^[0-9a-zA-Z_-]{1,64}$'),
  version         integer NOT NULL CHECK (version BETWEEN 1 AND 10000),
  -- The version chain: the signed plan this one changes, and the one it follows up.
  amends          text CHECK (amends ~ '^[0-9a-zA-Z_-]{1,64}$'),
  follows         text CHECK (follows ~ '^[0-9a-zA-Z_-]{1,64}$'),
  company         text NOT NULL CHECK (length(company) BETWEEN 1 AND 500),
  manager_name    text NOT NULL CHECK (length(manager_name) BETWEEN 1 AND 500),
  manager_title   text NOT NULL DEFAULT '' CHECK (length(manager_title) <= 500),
  employee_name   text NOT NULL CHECK (length(employee_name) BETWEEN 1 AND 500),
  -- Who signed, in which role and when: [{"role", "name", "signed_at", "method"}].
  signers         jsonb NOT NULL CHECK (jsonb_typeof(signers) = 'array'),
  language        text NOT NULL CHECK (language IN ('da', 'en')),
  meeting_date    date NOT NULL CHECK (meeting_date BETWEEN DATE '2000-01-01' AND DATE '2200-12-31'),
  signed_at       timestamptz NOT NULL
                  CHECK (signed_at BETWEEN TIMESTAMPTZ '2000-01-01 00:00Z' AND TIMESTAMPTZ '2200-12-31 00:00Z'),
  follow_up_date  date CHECK (follow_up_date BETWEEN DATE '2000-01-01' AND DATE '2200-12-31'),
  -- The canonical data exactly as the PDF embeds it: what is printed, never a private item.
  data            jsonb NOT NULL CHECK (jsonb_typeof(data) = 'object'),
  -- The PDF bytes exactly as exported on the laptop.
  pdf             bytea NOT NULL CHECK (substring(pdf FROM 1 FOR 5) = '\x255044462d'::bytea),
  pdf_sha256      text NOT NULL CHECK (pdf_sha256 ~ '^[0-9a-f]{64}$'),
  received_at     timestamptz NOT NULL DEFAULT now(),
  received_by     text NOT NULL DEFAULT current_user,
  -- Signing is on or after the meeting day (a day's slack for time zones); follow-up after it.
  CHECK (signed_at >= meeting_date - 1),
  CHECK (follow_up_date IS NULL OR follow_up_date >= meeting_date)
);

CREATE INDEX plans_follow_up ON remotework.plans (follow_up_date);
CREATE INDEX plans_meeting ON remotework.plans (meeting_id);
CREATE INDEX plans_amends ON remotework.plans (amends) WHERE amends IS NOT NULL;
CREATE INDEX plans_follows ON remotework.plans (follows) WHERE follows IS NOT NULL;

REVOKE ALL ON remotework.plans FROM PUBLIC;
GRANT SELECT, INSERT ON remotework.plans TO remotework_laptop;
GRANT SELECT ON remotework.plans TO remotework_hr;
