import type { Db } from './db.ts';

/**
 * Schema migrations, applied in order on start. Append only: never edit a
 * migration that has shipped; add a new one.
 */
export const MIGRATIONS: ReadonlyArray<{ version: number; name: string; sql: string }> = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
      CREATE TABLE settings (key text PRIMARY KEY, value jsonb NOT NULL);
      CREATE TABLE sequences (name text PRIMARY KEY, value bigint NOT NULL);
      CREATE TABLE departments (id text PRIMARY KEY, position int NOT NULL, data jsonb NOT NULL);
      CREATE TABLE items (
        id text PRIMARY KEY,
        department_id text NOT NULL REFERENCES departments(id),
        position int NOT NULL,
        data jsonb NOT NULL
      );
      CREATE TABLE forms (id text PRIMARY KEY, item_id text NOT NULL, data jsonb NOT NULL);
      CREATE TABLE users (id text PRIMARY KEY, kind text NOT NULL, data jsonb NOT NULL);
      CREATE TABLE licenses (id text PRIMARY KEY, user_id text NOT NULL REFERENCES users(id), data jsonb NOT NULL);
      CREATE TABLE drafts (
        user_id text NOT NULL, form_id text NOT NULL, data jsonb NOT NULL,
        version int NOT NULL, updated_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, form_id)
      );
      CREATE TABLE files (
        id text PRIMARY KEY, user_id text NOT NULL, name text NOT NULL, size int NOT NULL,
        content_type text NOT NULL, sha256 text NOT NULL, content bytea NOT NULL, created_at timestamptz NOT NULL
      );
      CREATE INDEX files_user ON files (user_id);
      CREATE TABLE applications (
        number text PRIMARY KEY, user_id text NOT NULL, item_id text NOT NULL, status text NOT NULL,
        query_code_hash text NOT NULL, submitted_at timestamptz NOT NULL, updated_at timestamptz NOT NULL,
        state jsonb NOT NULL, request jsonb NOT NULL
      );
      CREATE INDEX applications_user ON applications (user_id, submitted_at DESC);
      CREATE TABLE application_events (
        id bigserial PRIMARY KEY, number text NOT NULL REFERENCES applications(number),
        at timestamptz NOT NULL, from_status text, to_status text NOT NULL,
        department text NOT NULL, message text NOT NULL
      );
      CREATE INDEX application_events_number ON application_events (number, id);
      CREATE TABLE addresses (
        id text PRIMARY KEY, user_id text NOT NULL, data jsonb NOT NULL, is_default boolean NOT NULL,
        created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL
      );
      CREATE INDEX addresses_user ON addresses (user_id);
      CREATE TABLE agency_requests (
        id text PRIMARY KEY, number text UNIQUE NOT NULL, user_id text NOT NULL, item_id text NOT NULL,
        data jsonb NOT NULL, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL
      );
      CREATE INDEX agency_requests_user ON agency_requests (user_id);
      CREATE TABLE idempotency_keys (
        scope text NOT NULL, key text NOT NULL, request_hash text NOT NULL,
        status int, response jsonb, created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, key)
      );
      CREATE TABLE rate_limits (bucket text PRIMARY KEY, window_start timestamptz NOT NULL, count int NOT NULL);
    `,
  },
  {
    version: 2,
    name: 'idempotency keys of submitted applications',
    // Written in the transaction that creates the application, so a retry after a
    // crash between creating it and recording the answer finds it (routes.ts, create).
    sql: `
      CREATE TABLE application_keys (
        user_id text NOT NULL, key text NOT NULL, request_hash text NOT NULL,
        number text NOT NULL REFERENCES applications(number),
        PRIMARY KEY (user_id, key)
      );
    `,
  },
  {
    version: 3,
    name: 'published items and catalog versions',
    // An import with --replace unpublishes the items its file leaves out (applications
    // refer to them, so they are never deleted); each import is recorded as a
    // published version of the catalog (分批公布: a batch name and a date).
    sql: `
      ALTER TABLE items ADD COLUMN published boolean NOT NULL DEFAULT true;
      CREATE INDEX items_code ON items ((data->>'code'));
      CREATE TABLE catalog_versions (
        id serial PRIMARY KEY, batch text, source text NOT NULL, replace boolean NOT NULL,
        added int NOT NULL, changed int NOT NULL, unpublished int NOT NULL, republished int NOT NULL,
        items int NOT NULL, imported_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
  {
    version: 4,
    name: 'the catalog version that first published each item',
    // 分批公布 per item: the import that added an item records its version here;
    // later imports that change or republish it keep it. Null for seeded items.
    sql: `
      ALTER TABLE items ADD COLUMN first_version int REFERENCES catalog_versions(id);
    `,
  },
  {
    version: 5,
    name: 'search_zero_results',
    // Searches whose text found nothing in the catalog, counted per Beijing day
    // and normalised query text (see catalog/zero-results.ts). Several server
    // processes add their counts to the same rows (upsert count = count + n).
    sql: `
      CREATE TABLE search_zero_results (
        day date NOT NULL, query text NOT NULL, count bigint NOT NULL,
        first_seen timestamptz NOT NULL, last_seen timestamptz NOT NULL,
        PRIMARY KEY (day, query)
      );
      CREATE INDEX search_zero_results_day ON search_zero_results (day);
    `,
  },
  {
    version: 6,
    name: 'users signed in through an identity provider',
    // An identity is the issuer and its subject; the first sign-in creates the user
    // from the token's claims. Identity numbers are kept only as a keyed hash (for
    // matching) beside the masked form in users.data, never in the clear.
    sql: `
      CREATE TABLE user_identities (
        issuer text NOT NULL, subject text NOT NULL, user_id text NOT NULL REFERENCES users(id),
        claims_hash text NOT NULL, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL,
        PRIMARY KEY (issuer, subject)
      );
      CREATE INDEX user_identities_user ON user_identities (user_id);
      ALTER TABLE users ADD COLUMN id_number_hash text;
      CREATE INDEX users_id_number_hash ON users (id_number_hash);
    `,
  },
  {
    version: 7,
    name: 'sign-in sessions of the relying-party flow',
    // auth_logins: an authorization request under way (state, nonce, PKCE verifier,
    // where to return), single use and short-lived; the browser holds only the state.
    // auth_sessions: a signed-in browser, known by the hash of its cookie's value; the
    // page asks it for short-lived API tokens, sign-out deletes it.
    sql: `
      CREATE TABLE auth_logins (
        state_hash text PRIMARY KEY, data jsonb NOT NULL, expires_at timestamptz NOT NULL
      );
      CREATE TABLE auth_sessions (
        id_hash text PRIMARY KEY, user_id text NOT NULL REFERENCES users(id), issuer text NOT NULL,
        id_token text, created_at timestamptz NOT NULL, expires_at timestamptz NOT NULL
      );
      CREATE INDEX auth_sessions_user ON auth_sessions (user_id);
      CREATE INDEX auth_sessions_expiry ON auth_sessions (expires_at)
    `,
  },
  {
    version: 8,
    name: 'enterprise authorisations',
    // A person acts for an enterprise (a user of kind enterprise, found by its
    // 统一社会信用代码) as its 法人 or as an authorised 经办人: from the identity
    // provider's claims at sign-in (source 'claims') or granted here by the 法人
    // (source 'grant'). Rows are never deleted: revoking sets revoked_at, and a
    // renewed authorisation is a new row, so the history stays.
    sql: `
      CREATE TABLE enterprise_authorisations (
        id text PRIMARY KEY,
        person_id text NOT NULL REFERENCES users(id),
        enterprise_id text NOT NULL REFERENCES users(id),
        role text NOT NULL CHECK (role IN ('legal_person', 'agent')),
        source text NOT NULL CHECK (source IN ('claims', 'grant')),
        granted_at timestamptz NOT NULL,
        expires_at timestamptz,
        revoked_at timestamptz,
        granted_by text REFERENCES users(id)
      );
      CREATE INDEX enterprise_authorisations_person ON enterprise_authorisations (person_id, enterprise_id);
      CREATE INDEX enterprise_authorisations_enterprise ON enterprise_authorisations (enterprise_id);
      CREATE INDEX users_enterprise_uscc ON users ((data->'enterprise'->>'uscc')) WHERE kind = 'enterprise'
    `,
  },
  {
    version: 9,
    name: 'staff directory, case departments, event actors and the case-view audit log',
    // staff_directory: who is staff where, for deployments whose identity provider
    // says nothing of departments; keyed by the keyed hash of the identity number
    // (the number itself is never stored). applications.department_id: the item's
    // department at submission, which a department's queue filters on.
    // application_events.actor: who made a transition happen. case_views: every
    // staff view of an applicant's personal data; the rules make it append-only.
    sql: `
      CREATE TABLE staff_directory (
        id text PRIMARY KEY, id_number_hash text NOT NULL UNIQUE, id_number_masked text NOT NULL,
        name text NOT NULL, department_id text NOT NULL, roles jsonb NOT NULL,
        created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, updated_by text NOT NULL
      );
      CREATE INDEX staff_directory_department ON staff_directory (department_id);
      ALTER TABLE applications ADD COLUMN department_id text;
      UPDATE applications a SET department_id = i.department_id FROM items i WHERE i.id = a.item_id;
      CREATE INDEX applications_department ON applications (department_id, status);
      ALTER TABLE application_events ADD COLUMN actor jsonb;
      CREATE TABLE case_views (
        id bigserial PRIMARY KEY, at timestamptz NOT NULL, user_id text NOT NULL, staff_name text NOT NULL,
        department_id text NOT NULL, number text NOT NULL REFERENCES applications(number), fields jsonb NOT NULL
      );
      CREATE INDEX case_views_number ON case_views (number, id);
      CREATE RULE case_views_no_update AS ON UPDATE TO case_views DO INSTEAD NOTHING;
      CREATE RULE case_views_no_delete AS ON DELETE TO case_views DO INSTEAD NOTHING
    `,
  },
  {
    version: 10,
    name: 'co-handling departments of a case',
    // case_departments: the departments other than the lead one that review a
    // case on a parallel track (并联审查). Their review staff see the case in their
    // queue and may open it and decide their own track, nothing else.
    sql: `
      CREATE TABLE case_departments (
        number text NOT NULL REFERENCES applications(number), department_id text NOT NULL,
        added_at timestamptz NOT NULL, PRIMARY KEY (number, department_id)
      );
      CREATE INDEX case_departments_department ON case_departments (department_id)
    `,
  },
  {
    version: 11,
    name: 'sealed result documents and department seal keys',
    // result_documents: the signed result PDFs 制证 issues, by document number,
    // with what the public verification shows (masked applicant) and the
    // revocation. seal_keys: the development seal key of a department (a
    // PKCS#12 made on first use) when no keys directory is configured.
    sql: `
      CREATE TABLE result_documents (
        document_number text PRIMARY KEY, number text NOT NULL UNIQUE REFERENCES applications(number),
        department_id text NOT NULL, department_name text NOT NULL, title text NOT NULL, item_name text NOT NULL,
        applicant_masked text NOT NULL, issued_at timestamptz NOT NULL, sha256 text NOT NULL, content bytea NOT NULL,
        revoked_at timestamptz, revoked_reason text, revoked_by text
      );
      CREATE INDEX result_documents_department ON result_documents (department_id);
      CREATE TABLE seal_keys (
        department_id text PRIMARY KEY, p12 bytea NOT NULL, passphrase text NOT NULL, certificate text NOT NULL,
        created_at timestamptz NOT NULL
      )
    `,
  },
  {
    version: 12,
    name: 'notification outbox, channel deliveries, webhook subscriptions and the development SMS inbox',
    // notifications: the outbox, one row per message to an applicant, written in
    // the transaction of the application event it tells of. seq comes from the
    // sequences table, whose row lock is held until commit, so sequence order is
    // commit order (webhooks deliver in it). notify_channels: the applicant
    // channels this deployment sends through (a message gets a delivery per
    // active one). notification_deliveries: one per message and channel
    // ('sms', or 'webhook:' and the subscription id), with its state, attempts and
    // backoff, and a lease that claims it for one dispatcher. sms_inbox: what the
    // development SMS channel sent.
    sql: `
      CREATE TABLE notifications (
        seq bigint PRIMARY KEY, id text NOT NULL UNIQUE, number text NOT NULL REFERENCES applications(number),
        user_id text NOT NULL, mobile text, kind text NOT NULL, data jsonb NOT NULL,
        text_zh text NOT NULL, text_en text NOT NULL, created_at timestamptz NOT NULL
      );
      CREATE INDEX notifications_number ON notifications (number, seq);
      CREATE TABLE notify_channels (
        name text PRIMARY KEY, needs_mobile boolean NOT NULL, active boolean NOT NULL, updated_at timestamptz NOT NULL
      );
      CREATE TABLE webhook_subscriptions (
        id text PRIMARY KEY, url text NOT NULL, secret text NOT NULL, kinds jsonb NOT NULL, description text,
        created_at timestamptz NOT NULL, created_by text NOT NULL, lease_until timestamptz, lease_token text
      );
      CREATE TABLE notification_deliveries (
        id bigserial PRIMARY KEY, seq bigint NOT NULL REFERENCES notifications(seq), channel text NOT NULL,
        subscription_id text REFERENCES webhook_subscriptions(id) ON DELETE CASCADE,
        state text NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
        attempts int NOT NULL DEFAULT 0, failures int NOT NULL DEFAULT 0, next_attempt_at timestamptz NOT NULL,
        last_error text, sent_at timestamptz, lease_until timestamptz, lease_token text,
        UNIQUE (channel, seq)
      );
      CREATE INDEX notification_deliveries_open ON notification_deliveries (subscription_id, seq) WHERE state <> 'sent';
      CREATE INDEX notification_deliveries_due ON notification_deliveries (next_attempt_at) WHERE state <> 'sent';
      CREATE TABLE notification_attempts (
        id bigserial PRIMARY KEY, delivery_id bigint NOT NULL REFERENCES notification_deliveries(id) ON DELETE CASCADE,
        at timestamptz NOT NULL, ok boolean NOT NULL, status_code int, error text
      );
      CREATE INDEX notification_attempts_delivery ON notification_attempts (delivery_id, id);
      CREATE TABLE sms_inbox (
        id bigserial PRIMARY KEY, at timestamptz NOT NULL, mobile text NOT NULL, text text NOT NULL, notification_id text NOT NULL
      )
    `,
  },
  {
    version: 13,
    name: 'holiday calendar years set by an administrator',
    // holiday_years: a year's public holidays and 调休 make-up working days as an
    // administrator set them (API or command line), replacing that year of the
    // built-in table; who set it and when.
    sql: `
      CREATE TABLE holiday_years (
        year int PRIMARY KEY, holidays jsonb NOT NULL, makeup_workdays jsonb NOT NULL, source text,
        updated_at timestamptz NOT NULL, updated_by text NOT NULL
      )
    `,
  },
  {
    version: 15,
    name: 'forms as immutable numbered versions',
    // form_versions: every published version of a form document, never changed
    // afterwards (the rules keep it so); the latest is the form in force. The
    // forms that were rows of \`forms\` become their version as stored. A draft
    // and an application record the version they were filled with.
    sql: `
      CREATE TABLE form_versions (
        form_id text NOT NULL, version int NOT NULL, item_id text NOT NULL, data jsonb NOT NULL,
        published_at timestamptz NOT NULL, published_by text NOT NULL, PRIMARY KEY (form_id, version)
      );
      INSERT INTO form_versions (form_id, version, item_id, data, published_at, published_by)
        SELECT id, COALESCE((data->>'version')::int, 1), item_id, data, now(), 'seed' FROM forms;
      DROP TABLE forms;
      CREATE RULE form_versions_no_update AS ON UPDATE TO form_versions DO INSTEAD NOTHING;
      CREATE RULE form_versions_no_delete AS ON DELETE TO form_versions DO INSTEAD NOTHING;
      ALTER TABLE drafts ADD COLUMN form_version int;
      ALTER TABLE applications ADD COLUMN form_version int
    `,
  },
  {
    version: 16,
    name: 'agency requests handled by staff, and outbox messages about them',
    // agency_requests.department_id: the item's department, whose staff handle
    // the request (backfilled from the catalog). agency_events: what happened
    // to a request and who did it. agency_applications: the applications an
    // agent filed for the requester. notifications.agency_number: the request an
    // outbox message is about when it is about no application (number is null then).
    sql: `
      ALTER TABLE agency_requests ADD COLUMN department_id text;
      UPDATE agency_requests r SET department_id = i.department_id FROM items i WHERE i.id = r.item_id;
      CREATE INDEX agency_requests_department ON agency_requests (department_id, created_at);
      CREATE TABLE agency_events (
        id bigserial PRIMARY KEY, request_id text NOT NULL REFERENCES agency_requests(id), at timestamptz NOT NULL,
        kind text NOT NULL, status text NOT NULL, note text, actor jsonb NOT NULL
      );
      CREATE INDEX agency_events_request ON agency_events (request_id, id);
      CREATE TABLE agency_applications (
        request_id text NOT NULL REFERENCES agency_requests(id), number text NOT NULL REFERENCES applications(number),
        linked_at timestamptz NOT NULL, PRIMARY KEY (request_id, number)
      );
      ALTER TABLE notifications ALTER COLUMN number DROP NOT NULL;
      ALTER TABLE notifications ADD COLUMN agency_number text REFERENCES agency_requests(number);
      ALTER TABLE notifications ADD CONSTRAINT notifications_subject CHECK (number IS NOT NULL OR agency_number IS NOT NULL)
    `,
  },
  {
    version: 17,
    name: 'indexes of the performance figures',
    // The performance report (performance/store.ts) reads the applications
    // written since its period began, the open ones and the 差评 awaiting 整改,
    // each through one of these (a bitmap OR), not the whole table. The last
    // predicate is performance/store.ts's BAD_UNRECTIFIED, word for word.
    sql: `
      CREATE INDEX applications_updated ON applications (updated_at);
      CREATE INDEX applications_open ON applications (department_id) WHERE status NOT IN ('rejected', 'completed', 'withdrawn');
      CREATE INDEX applications_bad_unrectified ON applications (department_id)
        WHERE ((state->'evaluation'->>'level')::int <= 2 AND NOT (state->'evaluation' ? 'rectification'))
    `,
  },
  {
    version: 18,
    name: 'due-date reminders',
    // One row per reminder sent: the application, what is owed (`deferred:<material id>`
    // for a 容缺 ledger line, `supplement:<request id>` for a 补正 request), and the
    // threshold (working days before the due date, or `overdue`). The key makes each
    // reminder happen once however many dispatchers look (notify/reminders.ts);
    // `notification_id` is the outbox message that carried it.
    sql: `
      CREATE TABLE due_reminders (
        number text NOT NULL REFERENCES applications(number), subject text NOT NULL, threshold text NOT NULL,
        due_date date NOT NULL, notification_id text NOT NULL, at timestamptz NOT NULL,
        PRIMARY KEY (number, subject, threshold)
      )
    `,
  },
];

/**
 * Applies pending migrations. Safe with several server processes starting at
 * once against one PostgreSQL: an advisory lock serialises them.
 */
export async function migrate(db: Db): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(20261128)');
    await tx.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version));
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      for (const statement of m.sql
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean))
        await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}
