// Writes the GraphQL schema file the web client's typed documents are generated from.
import 'reflect-metadata';
import { writeFileSync } from 'fs';
import { join } from 'path';
import { workspaceRoot } from '@chainboard/server-database';
import { buildSchemaSdl, SCHEMA_FILE } from './app/schema';

buildSchemaSdl()
  .then((sdl) => {
    writeFileSync(join(workspaceRoot(), SCHEMA_FILE), sdl);
    console.log(`wrote ${SCHEMA_FILE}`);
  })
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
