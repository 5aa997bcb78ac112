// The language server's entry (dist/server.js): `node dist/server.js --stdio`, or IPC when started by VS Code.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './languageServer';

startServer(createConnection(ProposedFeatures.all));
