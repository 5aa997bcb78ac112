/**
 * The program a local Python function runs in (`python3 -c`), with the same protocol as the Node.js one: events
 * as JSON lines on stdin, results as JSON lines on file descriptor 3, the function's prints as its log.
 */
export const PYTHON_BOOTSTRAP = String.raw`
import importlib, json, os, sys, time, traceback
out = os.fdopen(3, 'w')
spec = os.environ.get('APIGW_LOCAL_HANDLER', '')
code_dir = os.environ.get('APIGW_LOCAL_CODE_DIR', os.getcwd())
sys.path.insert(0, code_dir)
class Context:
    def __init__(self, c):
        for k, v in c.items():
            setattr(self, {'awsRequestId': 'aws_request_id', 'functionName': 'function_name', 'functionVersion': 'function_version',
                           'invokedFunctionArn': 'invoked_function_arn', 'memoryLimitInMB': 'memory_limit_in_mb',
                           'logGroupName': 'log_group_name', 'logStreamName': 'log_stream_name'}.get(k, k), v)
        self._deadline = c.get('deadlineMs', 0)
    def get_remaining_time_in_millis(self):
        return max(0, int(self._deadline - time.time() * 1000))
def error_of(e):
    return {'errorType': type(e).__name__, 'errorMessage': str(e),
            'stackTrace': [line.strip() for line in traceback.format_tb(e.__traceback__)]}
handler, load_error = None, None
try:
    module_name, _, function_name = spec.rpartition('.')
    handler = getattr(importlib.import_module(module_name.replace('/', '.')), function_name)
except Exception as e:
    load_error = e
out.write(json.dumps({'ready': True}) + '\n')
out.flush()
for line in sys.stdin:
    try:
        msg = json.loads(line)
    except ValueError:
        continue
    reply = {'id': msg['id']}
    try:
        if load_error is not None:
            raise load_error
        result = handler(msg['event'], Context(msg['context']))
        reply.update(ok=True, result=json.dumps(result))
    except Exception as e:
        reply.update(ok=False, error=error_of(e))
    sys.stdout.flush()
    sys.stderr.flush()
    out.write(json.dumps(reply) + '\n')
    out.flush()
`;
