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
const port = Number(process.argv[2]);
const server = app.listen(port, '127.0.0.1');
// A server that goes down and comes back with its data (the fault tests, over the IPC channel of a parent that
// spawned it with one): "down" closes the listener and cuts every open connection as a crash would, "up" listens
// again on the same port; the databases live on in this process, as a restarted CouchDB's do on its disk.
const sockets = new Set();
server.on('connection', (socket) => {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
});
process.on('message', (message) => {
  if (message === 'down') {
    server.close(() => process.send?.('is-down'));
    for (const socket of sockets) socket.destroy();
  }
  if (message === 'up') server.listen(port, '127.0.0.1', () => process.send?.('is-up'));
});
