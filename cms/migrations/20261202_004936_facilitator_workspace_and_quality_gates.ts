import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`cohorts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`program_id\` integer NOT NULL,
  	\`starts_on\` text NOT NULL,
  	\`time_zone\` text NOT NULL,
  	\`location\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`program_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`cohorts_program_idx\` ON \`cohorts\` (\`program_id\`);`)
  await db.run(sql`CREATE INDEX \`cohorts_updated_at_idx\` ON \`cohorts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`cohorts_created_at_idx\` ON \`cohorts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`script_views\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`user_id\` integer NOT NULL,
  	\`script_id\` integer NOT NULL,
  	\`version\` text NOT NULL,
  	\`previous_version\` text,
  	\`viewed_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`script_id\`) REFERENCES \`session_scripts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`script_views_user_idx\` ON \`script_views\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`script_views_script_idx\` ON \`script_views\` (\`script_id\`);`)
  await db.run(sql`CREATE INDEX \`script_views_updated_at_idx\` ON \`script_views\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`script_views_created_at_idx\` ON \`script_views\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`user_script_idx\` ON \`script_views\` (\`user_id\`,\`script_id\`);`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`readability_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`readability_override_granted_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`readability_override_granted_on\` text;`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`readability_override_granted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`readability_override_granted_for\` text;`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`translation_status\` text;`)
  await db.run(sql`CREATE INDEX \`programs_readability_override_readability_override_grant_idx\` ON \`programs\` (\`readability_override_granted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`programs_locales\` ADD \`quality\` text;`)
  await db.run(sql`ALTER TABLE \`_programs_v\` ADD \`version_readability_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_programs_v\` ADD \`version_readability_override_granted_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`_programs_v\` ADD \`version_readability_override_granted_on\` text;`)
  await db.run(sql`ALTER TABLE \`_programs_v\` ADD \`version_readability_override_granted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_programs_v\` ADD \`version_readability_override_granted_for\` text;`)
  await db.run(sql`ALTER TABLE \`_programs_v\` ADD \`version_translation_status\` text;`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_readability_override_version_readabi_idx\` ON \`_programs_v\` (\`version_readability_override_granted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_programs_v_locales\` ADD \`version_quality\` text;`)
  await db.run(sql`ALTER TABLE \`session_scripts\` ADD \`translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`session_scripts_locales\` ADD \`quality\` text;`)
  await db.run(sql`ALTER TABLE \`_session_scripts_v\` ADD \`version_translation_status\` text;`)
  await db.run(sql`ALTER TABLE \`_session_scripts_v_locales\` ADD \`version_quality\` text;`)
  await db.run(sql`ALTER TABLE \`psychoeducation_modules\` ADD \`readability_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`psychoeducation_modules\` ADD \`readability_override_granted_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`psychoeducation_modules\` ADD \`readability_override_granted_on\` text;`)
  await db.run(sql`ALTER TABLE \`psychoeducation_modules\` ADD \`readability_override_granted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`psychoeducation_modules\` ADD \`readability_override_granted_for\` text;`)
  await db.run(sql`ALTER TABLE \`psychoeducation_modules\` ADD \`translation_status\` text;`)
  await db.run(sql`CREATE INDEX \`psychoeducation_modules_readability_override_readability_idx\` ON \`psychoeducation_modules\` (\`readability_override_granted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`psychoeducation_modules_locales\` ADD \`quality\` text;`)
  await db.run(sql`ALTER TABLE \`_psychoeducation_modules_v\` ADD \`version_readability_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_psychoeducation_modules_v\` ADD \`version_readability_override_granted_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`_psychoeducation_modules_v\` ADD \`version_readability_override_granted_on\` text;`)
  await db.run(sql`ALTER TABLE \`_psychoeducation_modules_v\` ADD \`version_readability_override_granted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_psychoeducation_modules_v\` ADD \`version_readability_override_granted_for\` text;`)
  await db.run(sql`ALTER TABLE \`_psychoeducation_modules_v\` ADD \`version_translation_status\` text;`)
  await db.run(sql`CREATE INDEX \`_psychoeducation_modules_v_version_readability_override__idx\` ON \`_psychoeducation_modules_v\` (\`version_readability_override_granted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_psychoeducation_modules_v_locales\` ADD \`version_quality\` text;`)
  await db.run(sql`ALTER TABLE \`family_modules\` ADD \`readability_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`family_modules\` ADD \`readability_override_granted_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`family_modules\` ADD \`readability_override_granted_on\` text;`)
  await db.run(sql`ALTER TABLE \`family_modules\` ADD \`readability_override_granted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`family_modules\` ADD \`readability_override_granted_for\` text;`)
  await db.run(sql`ALTER TABLE \`family_modules\` ADD \`translation_status\` text;`)
  await db.run(sql`CREATE INDEX \`family_modules_readability_override_readability_override_idx\` ON \`family_modules\` (\`readability_override_granted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`family_modules_locales\` ADD \`quality\` text;`)
  await db.run(sql`ALTER TABLE \`_family_modules_v\` ADD \`version_readability_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_family_modules_v\` ADD \`version_readability_override_granted_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`_family_modules_v\` ADD \`version_readability_override_granted_on\` text;`)
  await db.run(sql`ALTER TABLE \`_family_modules_v\` ADD \`version_readability_override_granted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_family_modules_v\` ADD \`version_readability_override_granted_for\` text;`)
  await db.run(sql`ALTER TABLE \`_family_modules_v\` ADD \`version_translation_status\` text;`)
  await db.run(sql`CREATE INDEX \`_family_modules_v_version_readability_override_version_r_idx\` ON \`_family_modules_v\` (\`version_readability_override_granted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_family_modules_v_locales\` ADD \`version_quality\` text;`)
  await db.run(sql`ALTER TABLE \`holistic_exercises\` ADD \`readability_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`holistic_exercises\` ADD \`readability_override_granted_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`holistic_exercises\` ADD \`readability_override_granted_on\` text;`)
  await db.run(sql`ALTER TABLE \`holistic_exercises\` ADD \`readability_override_granted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`holistic_exercises\` ADD \`readability_override_granted_for\` text;`)
  await db.run(sql`ALTER TABLE \`holistic_exercises\` ADD \`translation_status\` text;`)
  await db.run(sql`CREATE INDEX \`holistic_exercises_readability_override_readability_over_idx\` ON \`holistic_exercises\` (\`readability_override_granted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`holistic_exercises_locales\` ADD \`quality\` text;`)
  await db.run(sql`ALTER TABLE \`_holistic_exercises_v\` ADD \`version_readability_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_holistic_exercises_v\` ADD \`version_readability_override_granted_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`_holistic_exercises_v\` ADD \`version_readability_override_granted_on\` text;`)
  await db.run(sql`ALTER TABLE \`_holistic_exercises_v\` ADD \`version_readability_override_granted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_holistic_exercises_v\` ADD \`version_readability_override_granted_for\` text;`)
  await db.run(sql`ALTER TABLE \`_holistic_exercises_v\` ADD \`version_translation_status\` text;`)
  await db.run(sql`CREATE INDEX \`_holistic_exercises_v_version_readability_override_versi_idx\` ON \`_holistic_exercises_v\` (\`version_readability_override_granted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_holistic_exercises_v_locales\` ADD \`version_quality\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`readability_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`readability_override_granted_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`readability_override_granted_on\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`readability_override_granted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`readability_override_granted_for\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`translation_status\` text;`)
  await db.run(sql`CREATE INDEX \`articles_readability_override_readability_override_grant_idx\` ON \`articles\` (\`readability_override_granted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`articles_locales\` ADD \`quality\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_readability_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_readability_override_granted_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_readability_override_granted_on\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_readability_override_granted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_readability_override_granted_for\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_translation_status\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_readability_override_version_readabi_idx\` ON \`_articles_v\` (\`version_readability_override_granted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` ADD \`version_quality\` text;`)
  await db.run(sql`ALTER TABLE \`conditions\` ADD \`readability_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`conditions\` ADD \`readability_override_granted_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`conditions\` ADD \`readability_override_granted_on\` text;`)
  await db.run(sql`ALTER TABLE \`conditions\` ADD \`readability_override_granted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`conditions\` ADD \`readability_override_granted_for\` text;`)
  await db.run(sql`ALTER TABLE \`conditions\` ADD \`translation_status\` text;`)
  await db.run(sql`CREATE INDEX \`conditions_readability_override_readability_override_gra_idx\` ON \`conditions\` (\`readability_override_granted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`conditions_locales\` ADD \`quality\` text;`)
  await db.run(sql`ALTER TABLE \`_conditions_v\` ADD \`version_readability_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_conditions_v\` ADD \`version_readability_override_granted_by_name\` text;`)
  await db.run(sql`ALTER TABLE \`_conditions_v\` ADD \`version_readability_override_granted_on\` text;`)
  await db.run(sql`ALTER TABLE \`_conditions_v\` ADD \`version_readability_override_granted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_conditions_v\` ADD \`version_readability_override_granted_for\` text;`)
  await db.run(sql`ALTER TABLE \`_conditions_v\` ADD \`version_translation_status\` text;`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_readability_override_version_reada_idx\` ON \`_conditions_v\` (\`version_readability_override_granted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_conditions_v_locales\` ADD \`version_quality\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`cohorts_id\` integer REFERENCES cohorts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`script_views_id\` integer REFERENCES script_views(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cohorts_id_idx\` ON \`payload_locked_documents_rels\` (\`cohorts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_script_views_id_idx\` ON \`payload_locked_documents_rels\` (\`script_views_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`cohorts\`;`)
  await db.run(sql`DROP TABLE \`script_views\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_programs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`audience\` text,
  	\`delivery\` text,
  	\`weeks\` numeric,
  	\`days_per_week\` numeric,
  	\`hours_per_day\` numeric,
  	\`family_every_weeks\` numeric DEFAULT 2,
  	\`review_reviewer\` text,
  	\`review_reviewed_on\` text,
  	\`review_next_review_due\` text,
  	\`reviewed_by_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_programs\`("id", "slug", "audience", "delivery", "weeks", "days_per_week", "hours_per_day", "family_every_weeks", "review_reviewer", "review_reviewed_on", "review_next_review_due", "reviewed_by_id", "workflow_state", "updated_at", "created_at", "_status") SELECT "id", "slug", "audience", "delivery", "weeks", "days_per_week", "hours_per_day", "family_every_weeks", "review_reviewer", "review_reviewed_on", "review_next_review_due", "reviewed_by_id", "workflow_state", "updated_at", "created_at", "_status" FROM \`programs\`;`)
  await db.run(sql`DROP TABLE \`programs\`;`)
  await db.run(sql`ALTER TABLE \`__new_programs\` RENAME TO \`programs\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`programs_slug_idx\` ON \`programs\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`programs_review_review_next_review_due_idx\` ON \`programs\` (\`review_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`programs_reviewed_by_idx\` ON \`programs\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`programs_workflow_state_idx\` ON \`programs\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`programs_updated_at_idx\` ON \`programs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`programs_created_at_idx\` ON \`programs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`programs__status_idx\` ON \`programs\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__programs_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_audience\` text,
  	\`version_delivery\` text,
  	\`version_weeks\` numeric,
  	\`version_days_per_week\` numeric,
  	\`version_hours_per_day\` numeric,
  	\`version_family_every_weeks\` numeric DEFAULT 2,
  	\`version_review_reviewer\` text,
  	\`version_review_reviewed_on\` text,
  	\`version_review_next_review_due\` text,
  	\`version_reviewed_by_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__programs_v\`("id", "parent_id", "version_slug", "version_audience", "version_delivery", "version_weeks", "version_days_per_week", "version_hours_per_day", "version_family_every_weeks", "version_review_reviewer", "version_review_reviewed_on", "version_review_next_review_due", "version_reviewed_by_id", "version_workflow_state", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_slug", "version_audience", "version_delivery", "version_weeks", "version_days_per_week", "version_hours_per_day", "version_family_every_weeks", "version_review_reviewer", "version_review_reviewed_on", "version_review_next_review_due", "version_reviewed_by_id", "version_workflow_state", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_programs_v\`;`)
  await db.run(sql`DROP TABLE \`_programs_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__programs_v\` RENAME TO \`_programs_v\`;`)
  await db.run(sql`CREATE INDEX \`_programs_v_parent_idx\` ON \`_programs_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_version_slug_idx\` ON \`_programs_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_review_version_review_next_review_du_idx\` ON \`_programs_v\` (\`version_review_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_version_reviewed_by_idx\` ON \`_programs_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_version_workflow_state_idx\` ON \`_programs_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_version_updated_at_idx\` ON \`_programs_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_version_created_at_idx\` ON \`_programs_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_version__status_idx\` ON \`_programs_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_created_at_idx\` ON \`_programs_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_updated_at_idx\` ON \`_programs_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_snapshot_idx\` ON \`_programs_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_published_locale_idx\` ON \`_programs_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_latest_idx\` ON \`_programs_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_autosave_idx\` ON \`_programs_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_psychoeducation_modules\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`audience\` text DEFAULT 'all',
  	\`review_reviewer\` text,
  	\`review_reviewed_on\` text,
  	\`review_next_review_due\` text,
  	\`reviewed_by_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_psychoeducation_modules\`("id", "slug", "audience", "review_reviewer", "review_reviewed_on", "review_next_review_due", "reviewed_by_id", "workflow_state", "updated_at", "created_at", "_status") SELECT "id", "slug", "audience", "review_reviewer", "review_reviewed_on", "review_next_review_due", "reviewed_by_id", "workflow_state", "updated_at", "created_at", "_status" FROM \`psychoeducation_modules\`;`)
  await db.run(sql`DROP TABLE \`psychoeducation_modules\`;`)
  await db.run(sql`ALTER TABLE \`__new_psychoeducation_modules\` RENAME TO \`psychoeducation_modules\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`psychoeducation_modules_slug_idx\` ON \`psychoeducation_modules\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`psychoeducation_modules_review_review_next_review_due_idx\` ON \`psychoeducation_modules\` (\`review_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`psychoeducation_modules_reviewed_by_idx\` ON \`psychoeducation_modules\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`psychoeducation_modules_workflow_state_idx\` ON \`psychoeducation_modules\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`psychoeducation_modules_updated_at_idx\` ON \`psychoeducation_modules\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`psychoeducation_modules_created_at_idx\` ON \`psychoeducation_modules\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`psychoeducation_modules__status_idx\` ON \`psychoeducation_modules\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__psychoeducation_modules_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_audience\` text DEFAULT 'all',
  	\`version_review_reviewer\` text,
  	\`version_review_reviewed_on\` text,
  	\`version_review_next_review_due\` text,
  	\`version_reviewed_by_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`psychoeducation_modules\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__psychoeducation_modules_v\`("id", "parent_id", "version_slug", "version_audience", "version_review_reviewer", "version_review_reviewed_on", "version_review_next_review_due", "version_reviewed_by_id", "version_workflow_state", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_slug", "version_audience", "version_review_reviewer", "version_review_reviewed_on", "version_review_next_review_due", "version_reviewed_by_id", "version_workflow_state", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_psychoeducation_modules_v\`;`)
  await db.run(sql`DROP TABLE \`_psychoeducation_modules_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__psychoeducation_modules_v\` RENAME TO \`_psychoeducation_modules_v\`;`)
  await db.run(sql`CREATE INDEX \`_psychoeducation_modules_v_parent_idx\` ON \`_psychoeducation_modules_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_psychoeducation_modules_v_version_version_slug_idx\` ON \`_psychoeducation_modules_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_psychoeducation_modules_v_version_review_version_review_idx\` ON \`_psychoeducation_modules_v\` (\`version_review_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`_psychoeducation_modules_v_version_version_reviewed_by_idx\` ON \`_psychoeducation_modules_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_psychoeducation_modules_v_version_version_workflow_stat_idx\` ON \`_psychoeducation_modules_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_psychoeducation_modules_v_version_version_updated_at_idx\` ON \`_psychoeducation_modules_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_psychoeducation_modules_v_version_version_created_at_idx\` ON \`_psychoeducation_modules_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_psychoeducation_modules_v_version_version__status_idx\` ON \`_psychoeducation_modules_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_psychoeducation_modules_v_created_at_idx\` ON \`_psychoeducation_modules_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_psychoeducation_modules_v_updated_at_idx\` ON \`_psychoeducation_modules_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_psychoeducation_modules_v_snapshot_idx\` ON \`_psychoeducation_modules_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_psychoeducation_modules_v_published_locale_idx\` ON \`_psychoeducation_modules_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_psychoeducation_modules_v_latest_idx\` ON \`_psychoeducation_modules_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_psychoeducation_modules_v_autosave_idx\` ON \`_psychoeducation_modules_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_family_modules\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`family_topic\` text,
  	\`audience\` text DEFAULT 'all',
  	\`review_reviewer\` text,
  	\`review_reviewed_on\` text,
  	\`review_next_review_due\` text,
  	\`reviewed_by_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_family_modules\`("id", "slug", "family_topic", "audience", "review_reviewer", "review_reviewed_on", "review_next_review_due", "reviewed_by_id", "workflow_state", "updated_at", "created_at", "_status") SELECT "id", "slug", "family_topic", "audience", "review_reviewer", "review_reviewed_on", "review_next_review_due", "reviewed_by_id", "workflow_state", "updated_at", "created_at", "_status" FROM \`family_modules\`;`)
  await db.run(sql`DROP TABLE \`family_modules\`;`)
  await db.run(sql`ALTER TABLE \`__new_family_modules\` RENAME TO \`family_modules\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`family_modules_slug_idx\` ON \`family_modules\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`family_modules_review_review_next_review_due_idx\` ON \`family_modules\` (\`review_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`family_modules_reviewed_by_idx\` ON \`family_modules\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`family_modules_workflow_state_idx\` ON \`family_modules\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`family_modules_updated_at_idx\` ON \`family_modules\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`family_modules_created_at_idx\` ON \`family_modules\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`family_modules__status_idx\` ON \`family_modules\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__family_modules_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_family_topic\` text,
  	\`version_audience\` text DEFAULT 'all',
  	\`version_review_reviewer\` text,
  	\`version_review_reviewed_on\` text,
  	\`version_review_next_review_due\` text,
  	\`version_reviewed_by_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`family_modules\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__family_modules_v\`("id", "parent_id", "version_slug", "version_family_topic", "version_audience", "version_review_reviewer", "version_review_reviewed_on", "version_review_next_review_due", "version_reviewed_by_id", "version_workflow_state", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_slug", "version_family_topic", "version_audience", "version_review_reviewer", "version_review_reviewed_on", "version_review_next_review_due", "version_reviewed_by_id", "version_workflow_state", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_family_modules_v\`;`)
  await db.run(sql`DROP TABLE \`_family_modules_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__family_modules_v\` RENAME TO \`_family_modules_v\`;`)
  await db.run(sql`CREATE INDEX \`_family_modules_v_parent_idx\` ON \`_family_modules_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_family_modules_v_version_version_slug_idx\` ON \`_family_modules_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_family_modules_v_version_review_version_review_next_rev_idx\` ON \`_family_modules_v\` (\`version_review_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`_family_modules_v_version_version_reviewed_by_idx\` ON \`_family_modules_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_family_modules_v_version_version_workflow_state_idx\` ON \`_family_modules_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_family_modules_v_version_version_updated_at_idx\` ON \`_family_modules_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_family_modules_v_version_version_created_at_idx\` ON \`_family_modules_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_family_modules_v_version_version__status_idx\` ON \`_family_modules_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_family_modules_v_created_at_idx\` ON \`_family_modules_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_family_modules_v_updated_at_idx\` ON \`_family_modules_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_family_modules_v_snapshot_idx\` ON \`_family_modules_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_family_modules_v_published_locale_idx\` ON \`_family_modules_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_family_modules_v_latest_idx\` ON \`_family_modules_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_family_modules_v_autosave_idx\` ON \`_family_modules_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_holistic_exercises\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text,
  	\`minutes\` numeric,
  	\`audience\` text DEFAULT 'all',
  	\`review_reviewer\` text,
  	\`review_reviewed_on\` text,
  	\`review_next_review_due\` text,
  	\`reviewed_by_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_holistic_exercises\`("id", "slug", "kind", "minutes", "audience", "review_reviewer", "review_reviewed_on", "review_next_review_due", "reviewed_by_id", "workflow_state", "updated_at", "created_at", "_status") SELECT "id", "slug", "kind", "minutes", "audience", "review_reviewer", "review_reviewed_on", "review_next_review_due", "reviewed_by_id", "workflow_state", "updated_at", "created_at", "_status" FROM \`holistic_exercises\`;`)
  await db.run(sql`DROP TABLE \`holistic_exercises\`;`)
  await db.run(sql`ALTER TABLE \`__new_holistic_exercises\` RENAME TO \`holistic_exercises\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`holistic_exercises_slug_idx\` ON \`holistic_exercises\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`holistic_exercises_review_review_next_review_due_idx\` ON \`holistic_exercises\` (\`review_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`holistic_exercises_reviewed_by_idx\` ON \`holistic_exercises\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`holistic_exercises_workflow_state_idx\` ON \`holistic_exercises\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`holistic_exercises_updated_at_idx\` ON \`holistic_exercises\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`holistic_exercises_created_at_idx\` ON \`holistic_exercises\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`holistic_exercises__status_idx\` ON \`holistic_exercises\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__holistic_exercises_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_minutes\` numeric,
  	\`version_audience\` text DEFAULT 'all',
  	\`version_review_reviewer\` text,
  	\`version_review_reviewed_on\` text,
  	\`version_review_next_review_due\` text,
  	\`version_reviewed_by_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`holistic_exercises\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__holistic_exercises_v\`("id", "parent_id", "version_slug", "version_kind", "version_minutes", "version_audience", "version_review_reviewer", "version_review_reviewed_on", "version_review_next_review_due", "version_reviewed_by_id", "version_workflow_state", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_slug", "version_kind", "version_minutes", "version_audience", "version_review_reviewer", "version_review_reviewed_on", "version_review_next_review_due", "version_reviewed_by_id", "version_workflow_state", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_holistic_exercises_v\`;`)
  await db.run(sql`DROP TABLE \`_holistic_exercises_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__holistic_exercises_v\` RENAME TO \`_holistic_exercises_v\`;`)
  await db.run(sql`CREATE INDEX \`_holistic_exercises_v_parent_idx\` ON \`_holistic_exercises_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_holistic_exercises_v_version_version_slug_idx\` ON \`_holistic_exercises_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_holistic_exercises_v_version_review_version_review_next_idx\` ON \`_holistic_exercises_v\` (\`version_review_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`_holistic_exercises_v_version_version_reviewed_by_idx\` ON \`_holistic_exercises_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_holistic_exercises_v_version_version_workflow_state_idx\` ON \`_holistic_exercises_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_holistic_exercises_v_version_version_updated_at_idx\` ON \`_holistic_exercises_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_holistic_exercises_v_version_version_created_at_idx\` ON \`_holistic_exercises_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_holistic_exercises_v_version_version__status_idx\` ON \`_holistic_exercises_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_holistic_exercises_v_created_at_idx\` ON \`_holistic_exercises_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_holistic_exercises_v_updated_at_idx\` ON \`_holistic_exercises_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_holistic_exercises_v_snapshot_idx\` ON \`_holistic_exercises_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_holistic_exercises_v_published_locale_idx\` ON \`_holistic_exercises_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_holistic_exercises_v_latest_idx\` ON \`_holistic_exercises_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_holistic_exercises_v_autosave_idx\` ON \`_holistic_exercises_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text,
  	\`clinical\` integer DEFAULT false,
  	\`story_consent\` integer,
  	\`published_on\` text,
  	\`audience\` text DEFAULT 'all',
  	\`review_reviewer\` text,
  	\`review_reviewed_on\` text,
  	\`review_next_review_due\` text,
  	\`reviewed_by_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "slug", "kind", "clinical", "story_consent", "published_on", "audience", "review_reviewer", "review_reviewed_on", "review_next_review_due", "reviewed_by_id", "workflow_state", "updated_at", "created_at", "_status") SELECT "id", "slug", "kind", "clinical", "story_consent", "published_on", "audience", "review_reviewer", "review_reviewed_on", "review_next_review_due", "reviewed_by_id", "workflow_state", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_review_next_review_due_idx\` ON \`articles\` (\`review_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`articles_reviewed_by_idx\` ON \`articles\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_state_idx\` ON \`articles\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_clinical\` integer DEFAULT false,
  	\`version_story_consent\` integer,
  	\`version_published_on\` text,
  	\`version_audience\` text DEFAULT 'all',
  	\`version_review_reviewer\` text,
  	\`version_review_reviewed_on\` text,
  	\`version_review_next_review_due\` text,
  	\`version_reviewed_by_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_slug", "version_kind", "version_clinical", "version_story_consent", "version_published_on", "version_audience", "version_review_reviewer", "version_review_reviewed_on", "version_review_next_review_due", "version_reviewed_by_id", "version_workflow_state", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_slug", "version_kind", "version_clinical", "version_story_consent", "version_published_on", "version_audience", "version_review_reviewer", "version_review_reviewed_on", "version_review_next_review_due", "version_reviewed_by_id", "version_workflow_state", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_review_version_review_next_review_du_idx\` ON \`_articles_v\` (\`version_review_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_reviewed_by_idx\` ON \`_articles_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_workflow_state_idx\` ON \`_articles_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_snapshot_idx\` ON \`_articles_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_published_locale_idx\` ON \`_articles_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_conditions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_conditions\`("id", "slug", "workflow_state", "updated_at", "created_at", "_status") SELECT "id", "slug", "workflow_state", "updated_at", "created_at", "_status" FROM \`conditions\`;`)
  await db.run(sql`DROP TABLE \`conditions\`;`)
  await db.run(sql`ALTER TABLE \`__new_conditions\` RENAME TO \`conditions\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`conditions_slug_idx\` ON \`conditions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`conditions_workflow_state_idx\` ON \`conditions\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`conditions_updated_at_idx\` ON \`conditions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`conditions_created_at_idx\` ON \`conditions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`conditions__status_idx\` ON \`conditions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__conditions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__conditions_v\`("id", "parent_id", "version_slug", "version_workflow_state", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_slug", "version_workflow_state", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_conditions_v\`;`)
  await db.run(sql`DROP TABLE \`_conditions_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__conditions_v\` RENAME TO \`_conditions_v\`;`)
  await db.run(sql`CREATE INDEX \`_conditions_v_parent_idx\` ON \`_conditions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_version_slug_idx\` ON \`_conditions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_version_workflow_state_idx\` ON \`_conditions_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_version_updated_at_idx\` ON \`_conditions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_version_created_at_idx\` ON \`_conditions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_version__status_idx\` ON \`_conditions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_created_at_idx\` ON \`_conditions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_updated_at_idx\` ON \`_conditions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_snapshot_idx\` ON \`_conditions_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_published_locale_idx\` ON \`_conditions_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_latest_idx\` ON \`_conditions_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_autosave_idx\` ON \`_conditions_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`programs_id\` integer,
  	\`session_scripts_id\` integer,
  	\`psychoeducation_modules_id\` integer,
  	\`family_modules_id\` integer,
  	\`holistic_exercises_id\` integer,
  	\`articles_id\` integer,
  	\`conditions_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`programs_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`session_scripts_id\`) REFERENCES \`session_scripts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`psychoeducation_modules_id\`) REFERENCES \`psychoeducation_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`family_modules_id\`) REFERENCES \`family_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`holistic_exercises_id\`) REFERENCES \`holistic_exercises\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "programs_id", "session_scripts_id", "psychoeducation_modules_id", "family_modules_id", "holistic_exercises_id", "articles_id", "conditions_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "programs_id", "session_scripts_id", "psychoeducation_modules_id", "family_modules_id", "holistic_exercises_id", "articles_id", "conditions_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_programs_id_idx\` ON \`payload_locked_documents_rels\` (\`programs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_session_scripts_id_idx\` ON \`payload_locked_documents_rels\` (\`session_scripts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_psychoeducation_modules_id_idx\` ON \`payload_locked_documents_rels\` (\`psychoeducation_modules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_family_modules_id_idx\` ON \`payload_locked_documents_rels\` (\`family_modules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_holistic_exercises_id_idx\` ON \`payload_locked_documents_rels\` (\`holistic_exercises_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_conditions_id_idx\` ON \`payload_locked_documents_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`programs_locales\` DROP COLUMN \`quality\`;`)
  await db.run(sql`ALTER TABLE \`_programs_v_locales\` DROP COLUMN \`version_quality\`;`)
  await db.run(sql`ALTER TABLE \`session_scripts\` DROP COLUMN \`translation_status\`;`)
  await db.run(sql`ALTER TABLE \`session_scripts_locales\` DROP COLUMN \`quality\`;`)
  await db.run(sql`ALTER TABLE \`_session_scripts_v\` DROP COLUMN \`version_translation_status\`;`)
  await db.run(sql`ALTER TABLE \`_session_scripts_v_locales\` DROP COLUMN \`version_quality\`;`)
  await db.run(sql`ALTER TABLE \`psychoeducation_modules_locales\` DROP COLUMN \`quality\`;`)
  await db.run(sql`ALTER TABLE \`_psychoeducation_modules_v_locales\` DROP COLUMN \`version_quality\`;`)
  await db.run(sql`ALTER TABLE \`family_modules_locales\` DROP COLUMN \`quality\`;`)
  await db.run(sql`ALTER TABLE \`_family_modules_v_locales\` DROP COLUMN \`version_quality\`;`)
  await db.run(sql`ALTER TABLE \`holistic_exercises_locales\` DROP COLUMN \`quality\`;`)
  await db.run(sql`ALTER TABLE \`_holistic_exercises_v_locales\` DROP COLUMN \`version_quality\`;`)
  await db.run(sql`ALTER TABLE \`articles_locales\` DROP COLUMN \`quality\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v_locales\` DROP COLUMN \`version_quality\`;`)
  await db.run(sql`ALTER TABLE \`conditions_locales\` DROP COLUMN \`quality\`;`)
  await db.run(sql`ALTER TABLE \`_conditions_v_locales\` DROP COLUMN \`version_quality\`;`)
}
