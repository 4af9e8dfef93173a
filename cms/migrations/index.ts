import * as migration_20261123_114812_initial from './20261123_114812_initial';

export const migrations = [
  {
    up: migration_20261123_114812_initial.up,
    down: migration_20261123_114812_initial.down,
    name: '20261123_114812_initial'
  },
];
