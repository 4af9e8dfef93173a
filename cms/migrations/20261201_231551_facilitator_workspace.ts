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
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`cohorts_id\` integer REFERENCES cohorts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`script_views_id\` integer REFERENCES script_views(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cohorts_id_idx\` ON \`payload_locked_documents_rels\` (\`cohorts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_script_views_id_idx\` ON \`payload_locked_documents_rels\` (\`script_views_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`cohorts\`;`)
  await db.run(sql`DROP TABLE \`script_views\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
}
