// A CouchDB-compatible server for the sync tests: express-pouchdb over PouchDB's in-memory adapter, on 127.0.0.1.
// Usage: node couch-server.cjs PORT. (pouchdb-server wraps the same app, but its package pulls in sqlite3 and
// leveldown, which compile native code on install; these packages are plain JavaScript.)
const { mkdtempSync } = require('node:fs');
const { join } = require('node:path');
const { tmpdir } = require('node:os');
const express = require('express');
const PouchDB = require('pouchdb-core')
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-replication'))
  .plugin(require('pouchdb-mapreduce'))
  .plugin(require('pouchdb-adapter-memory'));

// express-pouchdb keeps its config file and log in a folder: a throwaway one.
const dir = mkdtempSync(join(tmpdir(), 'sift-couch-'));
const couch = require('express-pouchdb')({ configPath: join(dir, 'config.json') });
couch.setPouchDB(PouchDB.defaults({ prefix: dir + '/' }));
const app = express();
app.use(couch);
app.listen(Number(process.argv[2]), '127.0.0.1');
