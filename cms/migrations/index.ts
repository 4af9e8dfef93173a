import * as migration_20261123_114812_initial from './20261123_114812_initial';
import * as migration_20261123_121112_review_interval from './20261123_121112_review_interval';
import * as migration_20261123_121734_clinical_fields_on_scripts_and_programs from './20261123_121734_clinical_fields_on_scripts_and_programs';
import * as migration_20261202_004936_facilitator_workspace_and_quality_gates from './20261202_004936_facilitator_workspace_and_quality_gates';

export const migrations = [
  {
    up: migration_20261123_114812_initial.up,
    down: migration_20261123_114812_initial.down,
    name: '20261123_114812_initial',
  },
  {
    up: migration_20261123_121112_review_interval.up,
    down: migration_20261123_121112_review_interval.down,
    name: '20261123_121112_review_interval',
  },
  {
    up: migration_20261123_121734_clinical_fields_on_scripts_and_programs.up,
    down: migration_20261123_121734_clinical_fields_on_scripts_and_programs.down,
    name: '20261123_121734_clinical_fields_on_scripts_and_programs',
  },
  {
    up: migration_20261202_004936_facilitator_workspace_and_quality_gates.up,
    down: migration_20261202_004936_facilitator_workspace_and_quality_gates.down,
    name: '20261202_004936_facilitator_workspace_and_quality_gates'
  },
];
