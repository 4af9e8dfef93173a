import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`programs_script_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`programs_script_locales_order_idx\` ON \`programs_script_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`programs_script_locales_parent_idx\` ON \`programs_script_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`programs_schedule_days_slots\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`start\` text,
  	\`minutes\` numeric,
  	\`kind\` text,
  	\`script_id\` integer,
  	FOREIGN KEY (\`script_id\`) REFERENCES \`session_scripts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programs_schedule_days\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`programs_schedule_days_slots_order_idx\` ON \`programs_schedule_days_slots\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`programs_schedule_days_slots_parent_id_idx\` ON \`programs_schedule_days_slots\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`programs_schedule_days_slots_script_idx\` ON \`programs_schedule_days_slots\` (\`script_id\`);`)
  await db.run(sql`CREATE TABLE \`programs_schedule_days\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`day\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programs_schedule\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`programs_schedule_days_order_idx\` ON \`programs_schedule_days\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`programs_schedule_days_parent_id_idx\` ON \`programs_schedule_days\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`programs_schedule\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`week\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`programs_schedule_order_idx\` ON \`programs_schedule\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`programs_schedule_parent_id_idx\` ON \`programs_schedule\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`programs\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`programs_slug_idx\` ON \`programs\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`programs_workflow_state_idx\` ON \`programs\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`programs_updated_at_idx\` ON \`programs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`programs_created_at_idx\` ON \`programs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`programs__status_idx\` ON \`programs\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`programs_locales\` (
  	\`name\` text,
  	\`summary\` text,
  	\`overview\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`programs_locales_locale_parent_id_unique\` ON \`programs_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`programs_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	\`psychoeducation_modules_id\` integer,
  	\`holistic_exercises_id\` integer,
  	\`family_modules_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`psychoeducation_modules_id\`) REFERENCES \`psychoeducation_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`holistic_exercises_id\`) REFERENCES \`holistic_exercises\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`family_modules_id\`) REFERENCES \`family_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`programs_rels_order_idx\` ON \`programs_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`programs_rels_parent_idx\` ON \`programs_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`programs_rels_path_idx\` ON \`programs_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`programs_rels_conditions_id_idx\` ON \`programs_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`programs_rels_psychoeducation_modules_id_idx\` ON \`programs_rels\` (\`psychoeducation_modules_id\`);`)
  await db.run(sql`CREATE INDEX \`programs_rels_holistic_exercises_id_idx\` ON \`programs_rels\` (\`holistic_exercises_id\`);`)
  await db.run(sql`CREATE INDEX \`programs_rels_family_modules_id_idx\` ON \`programs_rels\` (\`family_modules_id\`);`)
  await db.run(sql`CREATE TABLE \`_programs_v_version_script_locales\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_programs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_programs_v_version_script_locales_order_idx\` ON \`_programs_v_version_script_locales\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_script_locales_parent_idx\` ON \`_programs_v_version_script_locales\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_programs_v_version_schedule_days_slots\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`start\` text,
  	\`minutes\` numeric,
  	\`kind\` text,
  	\`script_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`script_id\`) REFERENCES \`session_scripts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programs_v_version_schedule_days\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_programs_v_version_schedule_days_slots_order_idx\` ON \`_programs_v_version_schedule_days_slots\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_schedule_days_slots_parent_id_idx\` ON \`_programs_v_version_schedule_days_slots\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_schedule_days_slots_script_idx\` ON \`_programs_v_version_schedule_days_slots\` (\`script_id\`);`)
  await db.run(sql`CREATE TABLE \`_programs_v_version_schedule_days\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`day\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programs_v_version_schedule\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_programs_v_version_schedule_days_order_idx\` ON \`_programs_v_version_schedule_days\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_schedule_days_parent_id_idx\` ON \`_programs_v_version_schedule_days\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_programs_v_version_schedule\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`week\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_programs_v_version_schedule_order_idx\` ON \`_programs_v_version_schedule\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_version_schedule_parent_id_idx\` ON \`_programs_v_version_schedule\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_programs_v\` (
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
  await db.run(sql`CREATE TABLE \`_programs_v_locales\` (
  	\`version_name\` text,
  	\`version_summary\` text,
  	\`version_overview\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_programs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_programs_v_locales_locale_parent_id_unique\` ON \`_programs_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_programs_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	\`psychoeducation_modules_id\` integer,
  	\`holistic_exercises_id\` integer,
  	\`family_modules_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_programs_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`psychoeducation_modules_id\`) REFERENCES \`psychoeducation_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`holistic_exercises_id\`) REFERENCES \`holistic_exercises\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`family_modules_id\`) REFERENCES \`family_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_programs_v_rels_order_idx\` ON \`_programs_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_rels_parent_idx\` ON \`_programs_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_rels_path_idx\` ON \`_programs_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_rels_conditions_id_idx\` ON \`_programs_v_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_rels_psychoeducation_modules_id_idx\` ON \`_programs_v_rels\` (\`psychoeducation_modules_id\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_rels_holistic_exercises_id_idx\` ON \`_programs_v_rels\` (\`holistic_exercises_id\`);`)
  await db.run(sql`CREATE INDEX \`_programs_v_rels_family_modules_id_idx\` ON \`_programs_v_rels\` (\`family_modules_id\`);`)
  await db.run(sql`CREATE TABLE \`session_scripts_goals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`session_scripts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`session_scripts_goals_order_idx\` ON \`session_scripts_goals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`session_scripts_goals_parent_id_idx\` ON \`session_scripts_goals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`session_scripts_goals_locale_idx\` ON \`session_scripts_goals\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`session_scripts_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`session_scripts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`session_scripts_materials_order_idx\` ON \`session_scripts_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`session_scripts_materials_parent_id_idx\` ON \`session_scripts_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`session_scripts_materials_locale_idx\` ON \`session_scripts_materials\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`session_scripts_segments_prompts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`session_scripts_segments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`session_scripts_segments_prompts_order_idx\` ON \`session_scripts_segments_prompts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`session_scripts_segments_prompts_parent_id_idx\` ON \`session_scripts_segments_prompts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`session_scripts_segments_prompts_locale_idx\` ON \`session_scripts_segments_prompts\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`session_scripts_segments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`minutes\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`session_scripts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`session_scripts_segments_order_idx\` ON \`session_scripts_segments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`session_scripts_segments_parent_id_idx\` ON \`session_scripts_segments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`session_scripts_segments_locale_idx\` ON \`session_scripts_segments\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`session_scripts_adaptations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`session_scripts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`session_scripts_adaptations_order_idx\` ON \`session_scripts_adaptations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`session_scripts_adaptations_parent_id_idx\` ON \`session_scripts_adaptations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`session_scripts_adaptations_locale_idx\` ON \`session_scripts_adaptations\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`session_scripts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`group_type\` text,
  	\`approach\` text,
  	\`minutes\` numeric,
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
  await db.run(sql`CREATE UNIQUE INDEX \`session_scripts_slug_idx\` ON \`session_scripts\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`session_scripts_review_review_next_review_due_idx\` ON \`session_scripts\` (\`review_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`session_scripts_reviewed_by_idx\` ON \`session_scripts\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`session_scripts_workflow_state_idx\` ON \`session_scripts\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`session_scripts_updated_at_idx\` ON \`session_scripts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`session_scripts_created_at_idx\` ON \`session_scripts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`session_scripts__status_idx\` ON \`session_scripts\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`session_scripts_locales\` (
  	\`title\` text,
  	\`preparation\` text,
  	\`safety_note\` text,
  	\`facilitator_notes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`session_scripts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`session_scripts_locales_locale_parent_id_unique\` ON \`session_scripts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`session_scripts_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`session_scripts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`session_scripts_texts_order_parent\` ON \`session_scripts_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`session_scripts_rels\` (
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
  await db.run(sql`CREATE INDEX \`session_scripts_rels_order_idx\` ON \`session_scripts_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`session_scripts_rels_parent_idx\` ON \`session_scripts_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`session_scripts_rels_path_idx\` ON \`session_scripts_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`session_scripts_rels_psychoeducation_modules_id_idx\` ON \`session_scripts_rels\` (\`psychoeducation_modules_id\`);`)
  await db.run(sql`CREATE INDEX \`session_scripts_rels_family_modules_id_idx\` ON \`session_scripts_rels\` (\`family_modules_id\`);`)
  await db.run(sql`CREATE INDEX \`session_scripts_rels_holistic_exercises_id_idx\` ON \`session_scripts_rels\` (\`holistic_exercises_id\`);`)
  await db.run(sql`CREATE TABLE \`_session_scripts_v_version_goals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_session_scripts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_version_goals_order_idx\` ON \`_session_scripts_v_version_goals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_version_goals_parent_id_idx\` ON \`_session_scripts_v_version_goals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_version_goals_locale_idx\` ON \`_session_scripts_v_version_goals\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_session_scripts_v_version_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_session_scripts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_version_materials_order_idx\` ON \`_session_scripts_v_version_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_version_materials_parent_id_idx\` ON \`_session_scripts_v_version_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_version_materials_locale_idx\` ON \`_session_scripts_v_version_materials\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_session_scripts_v_version_segments_prompts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_session_scripts_v_version_segments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_version_segments_prompts_order_idx\` ON \`_session_scripts_v_version_segments_prompts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_version_segments_prompts_parent_id_idx\` ON \`_session_scripts_v_version_segments_prompts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_version_segments_prompts_locale_idx\` ON \`_session_scripts_v_version_segments_prompts\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_session_scripts_v_version_segments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`minutes\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_session_scripts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_version_segments_order_idx\` ON \`_session_scripts_v_version_segments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_version_segments_parent_id_idx\` ON \`_session_scripts_v_version_segments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_version_segments_locale_idx\` ON \`_session_scripts_v_version_segments\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_session_scripts_v_version_adaptations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_session_scripts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_version_adaptations_order_idx\` ON \`_session_scripts_v_version_adaptations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_version_adaptations_parent_id_idx\` ON \`_session_scripts_v_version_adaptations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_version_adaptations_locale_idx\` ON \`_session_scripts_v_version_adaptations\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_session_scripts_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_group_type\` text,
  	\`version_approach\` text,
  	\`version_minutes\` numeric,
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`session_scripts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_parent_idx\` ON \`_session_scripts_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_version_version_slug_idx\` ON \`_session_scripts_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_version_review_version_review_next_re_idx\` ON \`_session_scripts_v\` (\`version_review_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_version_version_reviewed_by_idx\` ON \`_session_scripts_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_version_version_workflow_state_idx\` ON \`_session_scripts_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_version_version_updated_at_idx\` ON \`_session_scripts_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_version_version_created_at_idx\` ON \`_session_scripts_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_version_version__status_idx\` ON \`_session_scripts_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_created_at_idx\` ON \`_session_scripts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_updated_at_idx\` ON \`_session_scripts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_snapshot_idx\` ON \`_session_scripts_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_published_locale_idx\` ON \`_session_scripts_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_latest_idx\` ON \`_session_scripts_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_autosave_idx\` ON \`_session_scripts_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_session_scripts_v_locales\` (
  	\`version_title\` text,
  	\`version_preparation\` text,
  	\`version_safety_note\` text,
  	\`version_facilitator_notes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_session_scripts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_session_scripts_v_locales_locale_parent_id_unique\` ON \`_session_scripts_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_session_scripts_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_session_scripts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_texts_order_parent\` ON \`_session_scripts_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_session_scripts_v_rels\` (
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
  await db.run(sql`CREATE INDEX \`_session_scripts_v_rels_order_idx\` ON \`_session_scripts_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_rels_parent_idx\` ON \`_session_scripts_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_rels_path_idx\` ON \`_session_scripts_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_rels_psychoeducation_modules_id_idx\` ON \`_session_scripts_v_rels\` (\`psychoeducation_modules_id\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_rels_family_modules_id_idx\` ON \`_session_scripts_v_rels\` (\`family_modules_id\`);`)
  await db.run(sql`CREATE INDEX \`_session_scripts_v_rels_holistic_exercises_id_idx\` ON \`_session_scripts_v_rels\` (\`holistic_exercises_id\`);`)
  await db.run(sql`CREATE TABLE \`psychoeducation_modules_objectives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`psychoeducation_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`psychoeducation_modules_objectives_order_idx\` ON \`psychoeducation_modules_objectives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`psychoeducation_modules_objectives_parent_id_idx\` ON \`psychoeducation_modules_objectives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`psychoeducation_modules_objectives_locale_idx\` ON \`psychoeducation_modules_objectives\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`psychoeducation_modules_key_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`psychoeducation_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`psychoeducation_modules_key_points_order_idx\` ON \`psychoeducation_modules_key_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`psychoeducation_modules_key_points_parent_id_idx\` ON \`psychoeducation_modules_key_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`psychoeducation_modules_key_points_locale_idx\` ON \`psychoeducation_modules_key_points\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`psychoeducation_modules_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`citation\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`psychoeducation_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`psychoeducation_modules_references_order_idx\` ON \`psychoeducation_modules_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`psychoeducation_modules_references_parent_id_idx\` ON \`psychoeducation_modules_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`psychoeducation_modules\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`psychoeducation_modules_slug_idx\` ON \`psychoeducation_modules\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`psychoeducation_modules_review_review_next_review_due_idx\` ON \`psychoeducation_modules\` (\`review_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`psychoeducation_modules_reviewed_by_idx\` ON \`psychoeducation_modules\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`psychoeducation_modules_workflow_state_idx\` ON \`psychoeducation_modules\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`psychoeducation_modules_updated_at_idx\` ON \`psychoeducation_modules\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`psychoeducation_modules_created_at_idx\` ON \`psychoeducation_modules\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`psychoeducation_modules__status_idx\` ON \`psychoeducation_modules\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`psychoeducation_modules_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`try_this\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`psychoeducation_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`psychoeducation_modules_locales_locale_parent_id_unique\` ON \`psychoeducation_modules_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`psychoeducation_modules_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`psychoeducation_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`psychoeducation_modules_texts_order_parent\` ON \`psychoeducation_modules_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`psychoeducation_modules_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`psychoeducation_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`psychoeducation_modules_rels_order_idx\` ON \`psychoeducation_modules_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`psychoeducation_modules_rels_parent_idx\` ON \`psychoeducation_modules_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`psychoeducation_modules_rels_path_idx\` ON \`psychoeducation_modules_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`psychoeducation_modules_rels_conditions_id_idx\` ON \`psychoeducation_modules_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE TABLE \`_psychoeducation_modules_v_version_objectives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_psychoeducation_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_psychoeducation_modules_v_version_objectives_order_idx\` ON \`_psychoeducation_modules_v_version_objectives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_psychoeducation_modules_v_version_objectives_parent_id_idx\` ON \`_psychoeducation_modules_v_version_objectives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_psychoeducation_modules_v_version_objectives_locale_idx\` ON \`_psychoeducation_modules_v_version_objectives\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_psychoeducation_modules_v_version_key_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_psychoeducation_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_psychoeducation_modules_v_version_key_points_order_idx\` ON \`_psychoeducation_modules_v_version_key_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_psychoeducation_modules_v_version_key_points_parent_id_idx\` ON \`_psychoeducation_modules_v_version_key_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_psychoeducation_modules_v_version_key_points_locale_idx\` ON \`_psychoeducation_modules_v_version_key_points\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_psychoeducation_modules_v_version_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`citation\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_psychoeducation_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_psychoeducation_modules_v_version_references_order_idx\` ON \`_psychoeducation_modules_v_version_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_psychoeducation_modules_v_version_references_parent_id_idx\` ON \`_psychoeducation_modules_v_version_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_psychoeducation_modules_v\` (
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
  await db.run(sql`CREATE TABLE \`_psychoeducation_modules_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_try_this\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_psychoeducation_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_psychoeducation_modules_v_locales_locale_parent_id_unique\` ON \`_psychoeducation_modules_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_psychoeducation_modules_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_psychoeducation_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_psychoeducation_modules_v_texts_order_parent\` ON \`_psychoeducation_modules_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_psychoeducation_modules_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_psychoeducation_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_psychoeducation_modules_v_rels_order_idx\` ON \`_psychoeducation_modules_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_psychoeducation_modules_v_rels_parent_idx\` ON \`_psychoeducation_modules_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_psychoeducation_modules_v_rels_path_idx\` ON \`_psychoeducation_modules_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_psychoeducation_modules_v_rels_conditions_id_idx\` ON \`_psychoeducation_modules_v_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE TABLE \`family_modules_objectives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`family_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`family_modules_objectives_order_idx\` ON \`family_modules_objectives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`family_modules_objectives_parent_id_idx\` ON \`family_modules_objectives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`family_modules_objectives_locale_idx\` ON \`family_modules_objectives\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`family_modules_key_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`family_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`family_modules_key_points_order_idx\` ON \`family_modules_key_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`family_modules_key_points_parent_id_idx\` ON \`family_modules_key_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`family_modules_key_points_locale_idx\` ON \`family_modules_key_points\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`family_modules_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`citation\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`family_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`family_modules_references_order_idx\` ON \`family_modules_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`family_modules_references_parent_id_idx\` ON \`family_modules_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`family_modules\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`family_modules_slug_idx\` ON \`family_modules\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`family_modules_review_review_next_review_due_idx\` ON \`family_modules\` (\`review_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`family_modules_reviewed_by_idx\` ON \`family_modules\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`family_modules_workflow_state_idx\` ON \`family_modules\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`family_modules_updated_at_idx\` ON \`family_modules\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`family_modules_created_at_idx\` ON \`family_modules\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`family_modules__status_idx\` ON \`family_modules\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`family_modules_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`try_this\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`family_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`family_modules_locales_locale_parent_id_unique\` ON \`family_modules_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`family_modules_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`family_modules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`family_modules_rels_order_idx\` ON \`family_modules_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`family_modules_rels_parent_idx\` ON \`family_modules_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`family_modules_rels_path_idx\` ON \`family_modules_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`family_modules_rels_conditions_id_idx\` ON \`family_modules_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE TABLE \`_family_modules_v_version_objectives\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_family_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_family_modules_v_version_objectives_order_idx\` ON \`_family_modules_v_version_objectives\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_family_modules_v_version_objectives_parent_id_idx\` ON \`_family_modules_v_version_objectives\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_family_modules_v_version_objectives_locale_idx\` ON \`_family_modules_v_version_objectives\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_family_modules_v_version_key_points\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_family_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_family_modules_v_version_key_points_order_idx\` ON \`_family_modules_v_version_key_points\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_family_modules_v_version_key_points_parent_id_idx\` ON \`_family_modules_v_version_key_points\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_family_modules_v_version_key_points_locale_idx\` ON \`_family_modules_v_version_key_points\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_family_modules_v_version_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`citation\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_family_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_family_modules_v_version_references_order_idx\` ON \`_family_modules_v_version_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_family_modules_v_version_references_parent_id_idx\` ON \`_family_modules_v_version_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_family_modules_v\` (
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
  await db.run(sql`CREATE TABLE \`_family_modules_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_try_this\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_family_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_family_modules_v_locales_locale_parent_id_unique\` ON \`_family_modules_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_family_modules_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_family_modules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_family_modules_v_rels_order_idx\` ON \`_family_modules_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_family_modules_v_rels_parent_idx\` ON \`_family_modules_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_family_modules_v_rels_path_idx\` ON \`_family_modules_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_family_modules_v_rels_conditions_id_idx\` ON \`_family_modules_v_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE TABLE \`holistic_exercises_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`holistic_exercises\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`holistic_exercises_steps_order_idx\` ON \`holistic_exercises_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`holistic_exercises_steps_parent_id_idx\` ON \`holistic_exercises_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`holistic_exercises_steps_locale_idx\` ON \`holistic_exercises_steps\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`holistic_exercises_safety_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`holistic_exercises\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`holistic_exercises_safety_notes_order_idx\` ON \`holistic_exercises_safety_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`holistic_exercises_safety_notes_parent_id_idx\` ON \`holistic_exercises_safety_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`holistic_exercises_safety_notes_locale_idx\` ON \`holistic_exercises_safety_notes\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`holistic_exercises_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`citation\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`holistic_exercises\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`holistic_exercises_references_order_idx\` ON \`holistic_exercises_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`holistic_exercises_references_parent_id_idx\` ON \`holistic_exercises_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`holistic_exercises\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`holistic_exercises_slug_idx\` ON \`holistic_exercises\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`holistic_exercises_review_review_next_review_due_idx\` ON \`holistic_exercises\` (\`review_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`holistic_exercises_reviewed_by_idx\` ON \`holistic_exercises\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`holistic_exercises_workflow_state_idx\` ON \`holistic_exercises\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`holistic_exercises_updated_at_idx\` ON \`holistic_exercises\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`holistic_exercises_created_at_idx\` ON \`holistic_exercises\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`holistic_exercises__status_idx\` ON \`holistic_exercises\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`holistic_exercises_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`holistic_exercises\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`holistic_exercises_locales_locale_parent_id_unique\` ON \`holistic_exercises_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`holistic_exercises_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`holistic_exercises\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`holistic_exercises_rels_order_idx\` ON \`holistic_exercises_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`holistic_exercises_rels_parent_idx\` ON \`holistic_exercises_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`holistic_exercises_rels_path_idx\` ON \`holistic_exercises_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`holistic_exercises_rels_conditions_id_idx\` ON \`holistic_exercises_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE TABLE \`_holistic_exercises_v_version_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_holistic_exercises_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_holistic_exercises_v_version_steps_order_idx\` ON \`_holistic_exercises_v_version_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_holistic_exercises_v_version_steps_parent_id_idx\` ON \`_holistic_exercises_v_version_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_holistic_exercises_v_version_steps_locale_idx\` ON \`_holistic_exercises_v_version_steps\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_holistic_exercises_v_version_safety_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_holistic_exercises_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_holistic_exercises_v_version_safety_notes_order_idx\` ON \`_holistic_exercises_v_version_safety_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_holistic_exercises_v_version_safety_notes_parent_id_idx\` ON \`_holistic_exercises_v_version_safety_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_holistic_exercises_v_version_safety_notes_locale_idx\` ON \`_holistic_exercises_v_version_safety_notes\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_holistic_exercises_v_version_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`citation\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_holistic_exercises_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_holistic_exercises_v_version_references_order_idx\` ON \`_holistic_exercises_v_version_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_holistic_exercises_v_version_references_parent_id_idx\` ON \`_holistic_exercises_v_version_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_holistic_exercises_v\` (
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
  await db.run(sql`CREATE TABLE \`_holistic_exercises_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_holistic_exercises_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_holistic_exercises_v_locales_locale_parent_id_unique\` ON \`_holistic_exercises_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_holistic_exercises_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_holistic_exercises_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_holistic_exercises_v_rels_order_idx\` ON \`_holistic_exercises_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_holistic_exercises_v_rels_parent_idx\` ON \`_holistic_exercises_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_holistic_exercises_v_rels_path_idx\` ON \`_holistic_exercises_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_holistic_exercises_v_rels_conditions_id_idx\` ON \`_holistic_exercises_v_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`citation\` text,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_references_order_idx\` ON \`articles_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_references_parent_id_idx\` ON \`articles_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_review_next_review_due_idx\` ON \`articles\` (\`review_next_review_due\`);`)
  await db.run(sql`CREATE INDEX \`articles_reviewed_by_idx\` ON \`articles\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_workflow_state_idx\` ON \`articles\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`articles_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_locales_locale_parent_id_unique\` ON \`articles_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_rels_order_idx\` ON \`articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_parent_idx\` ON \`articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_path_idx\` ON \`articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`articles_rels_conditions_id_idx\` ON \`articles_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_references\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`citation\` text,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_references_order_idx\` ON \`_articles_v_version_references\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_references_parent_id_idx\` ON \`_articles_v_version_references\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v\` (
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
  await db.run(sql`CREATE TABLE \`_articles_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_articles_v_locales_locale_parent_id_unique\` ON \`_articles_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`conditions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_order_idx\` ON \`_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_parent_idx\` ON \`_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_path_idx\` ON \`_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_rels_conditions_id_idx\` ON \`_articles_v_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE TABLE \`conditions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`conditions_slug_idx\` ON \`conditions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`conditions_workflow_state_idx\` ON \`conditions\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`conditions_updated_at_idx\` ON \`conditions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`conditions_created_at_idx\` ON \`conditions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`conditions__status_idx\` ON \`conditions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`conditions_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`conditions_locales_locale_parent_id_unique\` ON \`conditions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_conditions_v\` (
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
  await db.run(sql`CREATE TABLE \`_conditions_v_locales\` (
  	\`version_name\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_conditions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_conditions_v_locales_locale_parent_id_unique\` ON \`_conditions_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'facilitator' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`programs_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`programs_id\`) REFERENCES \`programs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_programs_id_idx\` ON \`users_rels\` (\`programs_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_crisis_resources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`description\` text NOT NULL,
  	\`phone\` text,
  	\`sms\` text,
  	\`sms_keyword\` text,
  	\`chat_url\` text,
  	\`emergency\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_crisis_resources_order_idx\` ON \`site_settings_crisis_resources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_crisis_resources_parent_id_idx\` ON \`site_settings_crisis_resources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_crisis_resources_locale_idx\` ON \`site_settings_crisis_resources\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_navigation\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`path\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_navigation_order_idx\` ON \`site_settings_navigation\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_navigation_parent_id_idx\` ON \`site_settings_navigation\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_navigation_locale_idx\` ON \`site_settings_navigation\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`organization_website\` text,
  	\`organization_phone\` text,
  	\`organization_email\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`site_settings_locales\` (
  	\`organization_name\` text DEFAULT 'Our IOP program' NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_locales_locale_parent_id_unique\` ON \`site_settings_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v_version_crisis_resources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`description\` text NOT NULL,
  	\`phone\` text,
  	\`sms\` text,
  	\`sms_keyword\` text,
  	\`chat_url\` text,
  	\`emergency\` integer DEFAULT false,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_site_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_crisis_resources_order_idx\` ON \`_site_settings_v_version_crisis_resources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_crisis_resources_parent_id_idx\` ON \`_site_settings_v_version_crisis_resources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_crisis_resources_locale_idx\` ON \`_site_settings_v_version_crisis_resources\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v_version_navigation\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`path\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_site_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_navigation_order_idx\` ON \`_site_settings_v_version_navigation\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_navigation_parent_id_idx\` ON \`_site_settings_v_version_navigation\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_version_navigation_locale_idx\` ON \`_site_settings_v_version_navigation\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_organization_website\` text,
  	\`version_organization_phone\` text,
  	\`version_organization_email\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`_site_settings_v_created_at_idx\` ON \`_site_settings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_site_settings_v_updated_at_idx\` ON \`_site_settings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_site_settings_v_locales\` (
  	\`version_organization_name\` text DEFAULT 'Our IOP program' NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_site_settings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_site_settings_v_locales_locale_parent_id_unique\` ON \`_site_settings_v_locales\` (\`_locale\`,\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`programs_script_locales\`;`)
  await db.run(sql`DROP TABLE \`programs_schedule_days_slots\`;`)
  await db.run(sql`DROP TABLE \`programs_schedule_days\`;`)
  await db.run(sql`DROP TABLE \`programs_schedule\`;`)
  await db.run(sql`DROP TABLE \`programs\`;`)
  await db.run(sql`DROP TABLE \`programs_locales\`;`)
  await db.run(sql`DROP TABLE \`programs_rels\`;`)
  await db.run(sql`DROP TABLE \`_programs_v_version_script_locales\`;`)
  await db.run(sql`DROP TABLE \`_programs_v_version_schedule_days_slots\`;`)
  await db.run(sql`DROP TABLE \`_programs_v_version_schedule_days\`;`)
  await db.run(sql`DROP TABLE \`_programs_v_version_schedule\`;`)
  await db.run(sql`DROP TABLE \`_programs_v\`;`)
  await db.run(sql`DROP TABLE \`_programs_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_programs_v_rels\`;`)
  await db.run(sql`DROP TABLE \`session_scripts_goals\`;`)
  await db.run(sql`DROP TABLE \`session_scripts_materials\`;`)
  await db.run(sql`DROP TABLE \`session_scripts_segments_prompts\`;`)
  await db.run(sql`DROP TABLE \`session_scripts_segments\`;`)
  await db.run(sql`DROP TABLE \`session_scripts_adaptations\`;`)
  await db.run(sql`DROP TABLE \`session_scripts\`;`)
  await db.run(sql`DROP TABLE \`session_scripts_locales\`;`)
  await db.run(sql`DROP TABLE \`session_scripts_texts\`;`)
  await db.run(sql`DROP TABLE \`session_scripts_rels\`;`)
  await db.run(sql`DROP TABLE \`_session_scripts_v_version_goals\`;`)
  await db.run(sql`DROP TABLE \`_session_scripts_v_version_materials\`;`)
  await db.run(sql`DROP TABLE \`_session_scripts_v_version_segments_prompts\`;`)
  await db.run(sql`DROP TABLE \`_session_scripts_v_version_segments\`;`)
  await db.run(sql`DROP TABLE \`_session_scripts_v_version_adaptations\`;`)
  await db.run(sql`DROP TABLE \`_session_scripts_v\`;`)
  await db.run(sql`DROP TABLE \`_session_scripts_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_session_scripts_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_session_scripts_v_rels\`;`)
  await db.run(sql`DROP TABLE \`psychoeducation_modules_objectives\`;`)
  await db.run(sql`DROP TABLE \`psychoeducation_modules_key_points\`;`)
  await db.run(sql`DROP TABLE \`psychoeducation_modules_references\`;`)
  await db.run(sql`DROP TABLE \`psychoeducation_modules\`;`)
  await db.run(sql`DROP TABLE \`psychoeducation_modules_locales\`;`)
  await db.run(sql`DROP TABLE \`psychoeducation_modules_texts\`;`)
  await db.run(sql`DROP TABLE \`psychoeducation_modules_rels\`;`)
  await db.run(sql`DROP TABLE \`_psychoeducation_modules_v_version_objectives\`;`)
  await db.run(sql`DROP TABLE \`_psychoeducation_modules_v_version_key_points\`;`)
  await db.run(sql`DROP TABLE \`_psychoeducation_modules_v_version_references\`;`)
  await db.run(sql`DROP TABLE \`_psychoeducation_modules_v\`;`)
  await db.run(sql`DROP TABLE \`_psychoeducation_modules_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_psychoeducation_modules_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_psychoeducation_modules_v_rels\`;`)
  await db.run(sql`DROP TABLE \`family_modules_objectives\`;`)
  await db.run(sql`DROP TABLE \`family_modules_key_points\`;`)
  await db.run(sql`DROP TABLE \`family_modules_references\`;`)
  await db.run(sql`DROP TABLE \`family_modules\`;`)
  await db.run(sql`DROP TABLE \`family_modules_locales\`;`)
  await db.run(sql`DROP TABLE \`family_modules_rels\`;`)
  await db.run(sql`DROP TABLE \`_family_modules_v_version_objectives\`;`)
  await db.run(sql`DROP TABLE \`_family_modules_v_version_key_points\`;`)
  await db.run(sql`DROP TABLE \`_family_modules_v_version_references\`;`)
  await db.run(sql`DROP TABLE \`_family_modules_v\`;`)
  await db.run(sql`DROP TABLE \`_family_modules_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_family_modules_v_rels\`;`)
  await db.run(sql`DROP TABLE \`holistic_exercises_steps\`;`)
  await db.run(sql`DROP TABLE \`holistic_exercises_safety_notes\`;`)
  await db.run(sql`DROP TABLE \`holistic_exercises_references\`;`)
  await db.run(sql`DROP TABLE \`holistic_exercises\`;`)
  await db.run(sql`DROP TABLE \`holistic_exercises_locales\`;`)
  await db.run(sql`DROP TABLE \`holistic_exercises_rels\`;`)
  await db.run(sql`DROP TABLE \`_holistic_exercises_v_version_steps\`;`)
  await db.run(sql`DROP TABLE \`_holistic_exercises_v_version_safety_notes\`;`)
  await db.run(sql`DROP TABLE \`_holistic_exercises_v_version_references\`;`)
  await db.run(sql`DROP TABLE \`_holistic_exercises_v\`;`)
  await db.run(sql`DROP TABLE \`_holistic_exercises_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_holistic_exercises_v_rels\`;`)
  await db.run(sql`DROP TABLE \`articles_references\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles_locales\`;`)
  await db.run(sql`DROP TABLE \`articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_references\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`conditions\`;`)
  await db.run(sql`DROP TABLE \`conditions_locales\`;`)
  await db.run(sql`DROP TABLE \`_conditions_v\`;`)
  await db.run(sql`DROP TABLE \`_conditions_v_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_settings_crisis_resources\`;`)
  await db.run(sql`DROP TABLE \`site_settings_navigation\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings_locales\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_version_crisis_resources\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_version_navigation\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v\`;`)
  await db.run(sql`DROP TABLE \`_site_settings_v_locales\`;`)
}
