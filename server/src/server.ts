// Language server entry: created by the build as dist/server.js (`node dist/server.js --stdio`).
console.error('server not built yet');
