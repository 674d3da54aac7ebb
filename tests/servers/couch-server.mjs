// A CouchDB-compatible server for the sync tests: express-pouchdb over PouchDB's in-memory adapter, on 127.0.0.1.
// Usage: node couch-server.mjs PORT. (pouchdb-server wraps the same app, but its package pulls in sqlite3 and
// leveldown, which compile native code on install; these packages are plain JavaScript.)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import expressPouchDB from 'express-pouchdb';
import memory from 'pouchdb-adapter-memory';
import http from 'pouchdb-adapter-http';
import PouchDB from 'pouchdb-core';
import mapreduce from 'pouchdb-mapreduce';
import replication from 'pouchdb-replication';

const Pouch = PouchDB.plugin(http).plugin(replication).plugin(mapreduce).plugin(memory);
// express-pouchdb keeps its config file and log in a folder: a throwaway one.
const dir = mkdtempSync(join(tmpdir(), 'sift-couch-'));
const couch = expressPouchDB({ configPath: join(dir, 'config.json'), logPath: join(dir, 'log.txt') });
couch.setPouchDB(Pouch.defaults({ prefix: dir + '/' }));
const app = express();
app.use(couch);
app.listen(Number(process.argv[2]), '127.0.0.1');
