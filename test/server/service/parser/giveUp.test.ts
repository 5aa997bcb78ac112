// APIGW_FAST_YAML_DEBUG: where a fast parser gave up is what someone widening its subset needs to see, as one line
// per give-up naming the function that gave up and its caller; without the variable nothing is printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYamlFast } from '../../../../server/src/service/parser/fastYaml';

function printed(text: string, debug: boolean): { result: unknown; lines: string[] } {
  const lines: string[] = [];
  const original = console.error;
  const before = process.env.APIGW_FAST_YAML_DEBUG;
  if (debug) process.env.APIGW_FAST_YAML_DEBUG = '1';
  else delete process.env.APIGW_FAST_YAML_DEBUG;
  console.error = (...args: unknown[]) => lines.push(args.map(String).join(' '));
  try {
    return { result: parseYamlFast(text), lines };
  } finally {
    console.error = original;
    if (before === undefined) delete process.env.APIGW_FAST_YAML_DEBUG;
    else process.env.APIGW_FAST_YAML_DEBUG = before;
  }
}

test('with APIGW_FAST_YAML_DEBUG, a give-up prints the function that gave up and its caller on one line', () => {
  // An anchor in a key: key() gives up, called by entry().
  const { result, lines } = printed('&a k: 1\n', true);
  assert.equal(result, undefined);
  assert.equal(lines.length, 1);
  const frames = lines[0].split(' / ');
  assert.equal(frames.length, 2, lines[0]);
  assert.match(frames[0], /^\s*at FastYaml\.key /);
  assert.match(frames[1], /^\s*at FastYaml\.entry /);
});

test('without it, giving up prints nothing, and neither does taking a text', () => {
  assert.deepEqual(printed('&a k: 1\n', false), { result: undefined, lines: [] });
  const taken = printed('a: 1\n', true);
  assert.ok(taken.result);
  assert.deepEqual(taken.lines, []);
});
