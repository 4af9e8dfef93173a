import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`programs_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`citation\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`programs_references_order_idx\` ON \`programs_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`programs_references_parent_id_idx\` ON \`programs_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_programs_v_version_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`citation\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_programs_v_version_references_order_idx\` ON \`_programs_v_version_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_references_parent_id_idx\` ON \`_programs_v_version_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`session_scripts_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`citation\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`session_scripts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`session_scripts_references_order_idx\` ON \`session_scripts_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`session_scripts_references_parent_id_idx\` ON \`session_scripts_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_session_scripts_v_version_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`citation\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_session_scripts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_version_references_order_idx\` ON \`_session_scripts_v_version_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_version_references_parent_id_idx\` ON \`_session_scripts_v_version_references\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`review_reviewer\` text;`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`review_reviewed_on\` text;`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`review_next_review_due\` text;`)
  await db.run(sql`ALTER TABLE \`programs\` ADD \`reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`programs_review_review_next_review_due_idx\` ON \`programs\` (\`review_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`programs_reviewed_by_idx\` ON \`programs\` (\`reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_programs_v\` ADD \`version_review_reviewer\` text;`)
  await db.run(sql`ALTER TABLE \`_programs_v\` ADD \`version_review_reviewed_on\` text;`)
  await db.run(sql`ALTER TABLE \`_programs_v\` ADD \`version_review_next_review_due\` text;`)
  await db.run(sql`ALTER TABLE \`_programs_v\` ADD \`version_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_review_version_review_next_review_du_idx\` ON \`_programs_v\` (\`version_review_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_version_reviewed_by_idx\` ON \`_programs_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`session_scripts\` ADD \`audience\` text DEFAULT 'all';`)
  await db.run(sql`ALTER TABLE \`session_scripts_rels\` ADD \`conditions_id\` integer REFERENCES conditions(id);`)
  await db.run(sql`CREATE INDEX \`session_scripts_rels_conditions_id_idx\` ON \`session_scripts_rels\` (\`conditions_id\`);`)
  await db.run(sql`ALTER TABLE \`_session_scripts_v\` ADD \`version_audience\` text DEFAULT 'all';`)
  await db.run(sql`ALTER TABLE \`_session_scripts_v_rels\` ADD \`conditions_id\` integer REFERENCES conditions(id);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_rels_conditions_id_idx\` ON \`_session_scripts_v_rels\` (\`conditions_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`programs_references\`;`)
  await db.run(sql`DROP TABLE \`_programs_v_version_references\`;`)
  await db.run(sql`DROP TABLE \`session_scripts_references\`;`)
  await db.run(sql`DROP TABLE \`_session_scripts_v_version_references\`;`)
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
  	\`workflow_state\` text DEFAULT 'draft',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_programs\`("id", "slug", "audience", "delivery", "weeks", "days_per_week", "hours_per_day", "family_every_weeks", "workflow_state", "updated_at", "created_at", "_status") SELECT "id", "slug", "audience", "delivery", "weeks", "days_per_week", "hours_per_day", "family_every_weeks", "workflow_state", "updated_at", "created_at", "_status" FROM \`programs\`;`)
  await db.run(sql`DROP TABLE \`programs\`;`)
  await db.run(sql`ALTER TABLE \`__new_programs\` RENAME TO \`programs\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`programs_slug_idx\` ON \`programs\` (\`slug\`);`)
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__programs_v\`("id", "parent_id", "version_slug", "version_audience", "version_delivery", "version_weeks", "version_days_per_week", "version_hours_per_day", "version_family_every_weeks", "version_workflow_state", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_slug", "version_audience", "version_delivery", "version_weeks", "version_days_per_week", "version_hours_per_day", "version_family_every_weeks", "version_workflow_state", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_programs_v\`;`)
  await db.run(sql`DROP TABLE \`_programs_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__programs_v\` RENAME TO \`_programs_v\`;`)
  await db.run(sql`CREATE INDEX \`_programs_v_parent_idx\` ON \`_programs_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_version_slug_idx\` ON \`_programs_v\` (\`version_slug\`);`)
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
  await db.run(sql`CREATE TABLE \`__new_session_scripts_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`psychoeducation_modules_id\` integer,
  	\`family_modules_id\` integer,
  	\`holistic_exercises_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`session_scripts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`psychoeducation_modules_id\`) REFERENCES \`psychoeducation_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`family_modules_id\`) REFERENCES \`family_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`holistic_exercises_id\`) REFERENCES \`holistic_exercises\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_session_scripts_rels\`("id", "order", "parent_id", "path", "psychoeducation_modules_id", "family_modules_id", "holistic_exercises_id") SELECT "id", "order", "parent_id", "path", "psychoeducation_modules_id", "family_modules_id", "holistic_exercises_id" FROM \`session_scripts_rels\`;`)
  await db.run(sql`DROP TABLE \`session_scripts_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_session_scripts_rels\` RENAME TO \`session_scripts_rels\`;`)
  await db.run(sql`CREATE INDEX \`session_scripts_rels_order_idx\` ON \`session_scripts_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`session_scripts_rels_parent_idx\` ON \`session_scripts_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`session_scripts_rels_path_idx\` ON \`session_scripts_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`session_scripts_rels_psychoeducation_modules_id_idx\` ON \`session_scripts_rels\` (\`psychoeducation_modules_id\`);`)
  await db.run(sql`CREATE INDEX \`session_scripts_rels_family_modules_id_idx\` ON \`session_scripts_rels\` (\`family_modules_id\`);`)
  await db.run(sql`CREATE INDEX \`session_scripts_rels_holistic_exercises_id_idx\` ON \`session_scripts_rels\` (\`holistic_exercises_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__session_scripts_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`psychoeducation_modules_id\` integer,
  	\`family_modules_id\` integer,
  	\`holistic_exercises_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_session_scripts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`psychoeducation_modules_id\`) REFERENCES \`psychoeducation_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`family_modules_id\`) REFERENCES \`family_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`holistic_exercises_id\`) REFERENCES \`holistic_exercises\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__session_scripts_v_rels\`("id", "order", "parent_id", "path", "psychoeducation_modules_id", "family_modules_id", "holistic_exercises_id") SELECT "id", "order", "parent_id", "path", "psychoeducation_modules_id", "family_modules_id", "holistic_exercises_id" FROM \`_session_scripts_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_session_scripts_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__session_scripts_v_rels\` RENAME TO \`_session_scripts_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_rels_order_idx\` ON \`_session_scripts_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_rels_parent_idx\` ON \`_session_scripts_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_rels_path_idx\` ON \`_session_scripts_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_rels_psychoeducation_modules_id_idx\` ON \`_session_scripts_v_rels\` (\`psychoeducation_modules_id\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_rels_family_modules_id_idx\` ON \`_session_scripts_v_rels\` (\`family_modules_id\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_rels_holistic_exercises_id_idx\` ON \`_session_scripts_v_rels\` (\`holistic_exercises_id\`);`)
  await db.run(sql`ALTER TABLE \`session_scripts\` DROP COLUMN \`audience\`;`)
  await db.run(sql`ALTER TABLE \`_session_scripts_v\` DROP COLUMN \`version_audience\`;`)
}
