/**
 * The program a local Node.js function runs in (passed to `node -e`, so it needs no file beside the bundle).
 * It loads the handler once, then answers invocations one at a time: events arrive as JSON lines on stdin, results
 * leave as JSON lines on file descriptor 3, and the function's own stdout/stderr stay its log. Handlers may be
 * async or take a callback, CommonJS or ES modules, as Lambda's Node.js runtime allows.
 */
export const NODE_BOOTSTRAP = String.raw`
const fs = require('fs');
const path = require('path');
const Module = require('module');
const readline = require('readline');
const { pathToFileURL } = require('url');
const out = fs.createWriteStream(null, { fd: 3 });
const spec = process.env.APIGW_LOCAL_HANDLER || '';
const codeDir = process.env.APIGW_LOCAL_CODE_DIR || process.cwd();
const inline = process.env.APIGW_LOCAL_INLINE;
let current;
function send(message) { out.write(JSON.stringify(message) + '\n'); }
function errorOf(e) {
  if (e instanceof Error) return { errorType: e.name || 'Error', errorMessage: e.message, stackTrace: String(e.stack || '').split('\n').slice(1).map((s) => s.trim()).filter((s) => !s.includes('[eval]') && !s.includes('node:internal')) };
  return { errorType: 'string', errorMessage: String(e), stackTrace: [] };
}
async function loadHandler() {
  const dot = spec.lastIndexOf('.');
  if (dot <= 0) throw Object.assign(new Error('Bad handler ' + spec + ': expected FILE.FUNCTION'), { name: 'Runtime.MalformedHandlerName' });
  const file = spec.slice(0, dot);
  const name = spec.slice(dot + 1);
  let mod;
  if (inline !== undefined) {
    const filename = path.join(codeDir, file + '.js');
    const m = new Module(filename, module);
    m.filename = filename;
    m.paths = Module._nodeModulePaths(codeDir);
    m._compile(inline, filename);
    mod = m.exports;
  } else {
    const base = path.resolve(codeDir, file);
    const found = ['.js', '.mjs', '.cjs'].map((e) => base + e).find((f) => fs.existsSync(f));
    if (!found) throw Object.assign(new Error("Cannot find module '" + file + "' in " + codeDir), { name: 'Runtime.ImportModuleError' });
    if (found.endsWith('.mjs')) mod = await import(pathToFileURL(found).href);
    else {
      try { mod = require(found); } catch (e) {
        // A .js file in a "type": "module" package is an ES module.
        if (!e || e.code !== 'ERR_REQUIRE_ESM') throw e;
        mod = await import(pathToFileURL(found).href);
      }
    }
  }
  const fn = mod && mod[name];
  if (typeof fn !== 'function') throw Object.assign(new Error(spec + ' is undefined or not exported'), { name: 'Runtime.HandlerNotFound' });
  return fn;
}
const handlerPromise = loadHandler();
// Ready once the handler is loaded (or failed to load: the invocation reports why). Lambda's timeout runs from here.
handlerPromise.then(() => send({ ready: true }), () => send({ ready: true }));
function finish(id, error, result) {
  if (!current || current.id !== id) return;
  current = undefined;
  if (error !== undefined && error !== null) send({ id, ok: false, error: errorOf(error) });
  else {
    let text;
    try { text = result === undefined ? 'null' : JSON.stringify(result); } catch (e) { send({ id, ok: false, error: errorOf(e) }); return; }
    send({ id, ok: true, result: text });
  }
}
process.on('uncaughtException', (e) => { if (current) finish(current.id, e); });
process.on('unhandledRejection', (e) => { if (current) finish(current.id, e instanceof Error ? e : Object.assign(new Error(String(e)), { name: 'Runtime.UnhandledPromiseRejection' })); });
readline.createInterface({ input: process.stdin }).on('line', async (line) => {
  let msg;
  try { msg = JSON.parse(line); } catch { return; }
  const id = msg.id;
  current = { id };
  const deadline = msg.context.deadlineMs;
  const context = Object.assign({}, msg.context, {
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: (e, r) => finish(id, e, r), succeed: (r) => finish(id, null, r), fail: (e) => finish(id, e),
  });
  try {
    const handler = await handlerPromise;
    const callback = (e, r) => finish(id, e, r);
    const returned = handler.length >= 3 ? handler(msg.event, context, callback) : handler(msg.event, context);
    if (returned && typeof returned.then === 'function') finish(id, null, await returned);
    else if (handler.length < 3) finish(id, null, returned);
  } catch (e) {
    finish(id, e);
  }
});
`;
