/**
 * Mocha entry that VS Code loads as `extensionTestsPath`: runs every *.editor.test.js next to it (TDD UI;
 * scripts/build.mjs bundles each editor suite of test/ here, flat) and reports to the console, which the offline
 * runner relays, ending with a results marker it parses.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

class ConsoleReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    runner.on('suite', (suite) => suite.title && console.log(suite.fullTitle()));
    runner.on('pass', (test) => console.log(`  ✔ ${test.title} (${test.duration ?? 0} ms)`));
    runner.on('fail', (test, error: Error) =>
      console.log(`  ✖ ${test.fullTitle()}\n${indent(error.stack ?? error.message)}`),
    );
    runner.once('end', () => {
      const { passes, failures } = this.stats;
      console.log(`[[apigw-results:${passes}:${failures}]]`);
    });
  }
}

const indent = (text: string) => text.replace(/^/gm, '      ');

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 60_000, color: false, reporter: ConsoleReporter });
  const grep = process.env.APIGW_EDITOR_GREP;
  if (grep) mocha.grep(grep);
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.editor.test.js'))
    .sort();
  for (const file of files) mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} editor test(s) failed`)) : resolve()));
    } catch (error) {
      console.error(error);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
