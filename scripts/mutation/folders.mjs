// The folders `npm run mutation` measures, each with the files Stryker mutates and the fast, in-process test files
// that exercise them. A mutant only runs the test files whose coverage reached it, but the dry run runs every file
// listed, and a test file that needs moto, an editor or a browser costs seconds per mutant: those are left out
// (they are also not bundled: see build-tests.mjs), so a folder's score is what its fast tests alone catch.
import fs from 'node:fs';
import path from 'node:path';

// A surviving mutant runs every test file that reaches it, and a killed one runs them in this order until one fails:
// so each folder lists the files that test it directly, its own mirrored tests and the quickest first. The
// language-service files together take about 30 s; the slow ones are left to `npm test` (openapiSchemaAgreement
// 38 s, corpus 2.5 s, apiTypeInference 4.9 s) or put last (jsonCursor 9.5 s). The parsers' corpus-wide
// differential tests (fastYaml, fastJson, incremental) take 7 to 12 s each against the instrumented parser, for
// every mutant that survives them: the parser folder runs its construct-by-construct tests instead
// (test/server/service/parser/), and those three stay in `npm test`, as do the tests that reach the parser only
// through the whole language service (documents, prime, the template source map). One file fails in
// Stryker's sandbox with no mutant active and is left out: openapiSchema (it regenerates the checkers and compares
// them byte for byte; the cause in the sandbox is not found yet).
const parserTests = [
  'test/server/service/parser/{ast,fastYaml,fastJson,incremental,jsonNesting,jsonParser,scalars}.test.ts',
  'test/server/service/parser/incrementalProblems.test.ts',
  'test/server/service/parser/hostileParsers.test.ts',
];
const documentTests = [
  'test/server/service/document/{model,definitionIndex,intrinsics,templateApiType,toJson}.test.ts',
  'test/server/service/document/{modelKinds,modelApiTypeSetting,modelInference,intrinsicsIncomplete,definitionIndexIncomplete,templateApiTypeStages,templateApiTypeUnresolved,toJsonObjects,inferAuthorizerTypes}.test.ts',
  'test/server/service/documents.test.ts',
  'test/server/service/validation/rules.test.ts',
  'test/server/service/validation/rules/template/templateRules.test.ts',
  'test/server/service/parser/hostileParsers.test.ts',
  'test/server/service/validation/registry.test.ts',
];
const rulesTests = [
  'test/server/service/validation/ruleMessages.test.ts',
  'test/server/service/validation/rules.test.ts',
  'test/server/service/catalogue/catalogueLimits.test.ts',
  'test/server/service/features/codeActions.test.ts',
  'test/server/refFiles/hostileRefs.test.ts',
  'test/server/service/validation/registry.test.ts',
];
const templateRulesTests = [
  'test/server/service/validation/rules/template/{templateRuleCases,templateRuleDetails}.test.ts',
  'test/server/service/validation/rules/templates/mappingTemplateRules.test.ts',
  'test/server/service/validation/rules/template/templateRuleSurvivors.test.ts',
  'test/server/service/validation/rules/template/survivors/*.test.ts',
  'test/server/service/validation/ruleMessages.test.ts',
  'test/server/service/validation/rules/template/templateRules.test.ts',
  'test/server/service/templates/diagnostics.test.ts',
  'test/server/service/validation/rules.test.ts',
];
const featuresTests = [
  // Issue 22's tests of what the user sees, at mirrored paths. Module-level constants (the URI patterns, the YAML
  // quoting pattern, the catalogue texts) are reached by every file that loads the service, so the files that
  // check them exactly come first: a mutant there stops at the first file that fails. The cursor's own tests come
  // before them: every completion reaches the cursor, and its tests take well under a second.
  'test/server/service/features/cursor/*.test.ts',
  'test/server/service/features/{render,hover}/*.test.ts',
  'test/server/service/features/{describe,describeFacts,describeDirect,codeActionsData,codeActionsValues,codeActionsRanges,hoverNothing,describeBare}.test.ts',
  'test/server/service/features/{completion,cursor,edits,navigation}/*.test.ts',
  'test/server/service/features/{completionEntry,hoverPlaces,hoverShapes,pathContext,pathContextDirect,symbols,operations,locate,definitionJson,templateJson,codeLens,templateJsonTags,templateJsonKeys,definitionJsonShapes,operationsShapes}.test.ts',
  'test/server/service/features/{codeActions,completion,hover,navigation}.test.ts',
  'test/server/service/templates/completionHover.test.ts',
  'test/server/service/runLocalLens.test.ts',
  'test/server/service/validation/rules/template/templateRules.test.ts',
  'test/server/service/features/jsonCursor.test.ts',
];

const integrationRules =
  '{integrationUri,integrationHttpMethod,integrationSubtype,integrationTimeout,httpIntegrations,integrationMissing,' +
  'integrationResponses,gatewayResponses,requestParameters,stageVariables}';

/**
 * name -> { mutate: globs Stryker mutates, tests: fast test files (globs, bundled), motoTests: test files that need
 * the moto server (run through tsx, listed last so that a mutant the fast files kill never starts moto) }. A moto
 * file costs 2 to 4 s per mutant it covers: listed only where the folder's code is an AWS client that no fast test
 * can exercise without a stub (deploy, log tail).
 */
export const folders = {
  'aws-errors': {
    mutate: ['client/src/aws/errors.ts'],
    tests: [
      'test/client/aws/errors.test.ts',
      'test/client/invoke/core/testInvokeMethod.test.ts',
      'test/client/compare/compare.test.ts',
    ],
  },
  'deploy-core': {
    mutate: ['client/src/deploy/{deployCore,deployGuards,deployBody,emulatorCopy}.ts'],
    tests: ['test/client/deploy/{deployCore,emulatorCopy,deployBody,deployHelpers}.test.ts'],
    motoTests: ['test/client/deploy/{deployCore,deployGuards,deployCoreSteps}.moto.test.ts'],
  },
  'logs-core': {
    mutate: [
      'client/src/logs/{poller,liveTail,tailSession,crossSourceDedupe,formatting,logBuffer,orderedBatcher,rateMeter,startTime,tailArgs,logGroups,logErrors}.ts',
    ],
    tests: [
      'test/client/logs/{tailArgs,rateMeter,logErrors,startTime,logGroupNames,seenEvents,tailStart,liveTail,pollerFailures}.test.ts',
      'test/client/logs/{crossSourceDedupe,formatting,formattingEdges,grammar,logBuffer,orderedBatcher}.test.ts',
      'test/client/local/core/executionLog.test.ts',
    ],
    motoTests: ['test/client/logs/{tailSession,logGroups,poller}.moto.test.ts'],
  },
  'invoke-core': {
    mutate: ['client/src/invoke/core/**/*.ts'],
    tests: [
      'test/client/invoke/core/{buildRequest,formatting,history,invokeArgs,invokerWiring,localMode,modeNotes,pageMessages,requestBuilding,restoreState,sendHttp,signing,target,testInvokeMethod,websocket,websocketSession}.test.ts',
      'test/server/gateway/auth/pureParts.test.ts',
    ],
    // Listing the account's APIs, stages, routes and resources is an AWS client that only moto can answer.
    motoTests: ['test/client/invoke/core/resources.moto.test.ts'],
  },
  // The parsers in two runs that can be measured apart: the fast YAML path (a third of the folder's mutants) and the
  // rest (full YAML and JSON parsers, the fast JSON path, the incremental patch, the tree).
  'parser-fast-yaml': {
    mutate: ['server/src/service/parser/{fastYaml,giveUp}.ts'],
    tests: [
      ...parserTests,
      'test/server/service/parser/{fastYamlSubset,fastYamlEdges,fastYamlEmptyValue,fastYamlKeepChomping,giveUp}.test.ts',
    ],
  },
  parser: {
    mutate: ['server/src/service/parser/**/*.ts', '!server/src/service/parser/{fastYaml,giveUp}.ts'],
    tests: [...parserTests, 'test/server/service/parser/{yamlParser,yamlTags}.test.ts'],
  },
  document: { mutate: ['server/src/service/document/**/*.ts'], tests: documentTests },
  // The rules folder in four runs of a size that fits a sitting (about 5,200 mutants in all): the validation
  // machinery, the OpenAPI extension rules on integrations and the others, and the SAM/CloudFormation template and
  // mapping-template rules.
  validation: {
    mutate: ['server/src/service/validation/*.ts'],
    // The machinery's own tests first (well under a second each): a killed mutant stops at the first that fails.
    tests: [
      'test/server/service/validation/{schemaCheck,pythonTruth,refs,refFiles,uriShapes,parameters,integrations,validate,registryDescriptions}.test.ts',
      ...rulesTests,
    ],
  },
  'rules-integrations': {
    mutate: [`server/src/service/validation/rules/${integrationRules}.ts`],
    tests: [...rulesTests, `test/server/service/validation/rules/${integrationRules}.test.ts`],
  },
  rules: {
    mutate: ['server/src/service/validation/rules/*.ts', `!server/src/service/validation/rules/${integrationRules}.ts`],
    tests: [
      'test/server/service/validation/rules/{authorizers,unsupportedFeatures,extensions,security,refs,paths,cors,securityPolicy,requestValidatorRef}.test.ts',
      ...rulesTests,
    ],
  },
  'rules-template': {
    mutate: ['server/src/service/validation/rules/{template,templates}/**/*.ts'],
    tests: templateRulesTests,
  },
  features: { mutate: ['server/src/service/features/**/*.ts'], tests: featuresTests },
};

/** A glob (`*`, `**`, `{a,b}`) as a regular expression over slash-separated relative paths. */
function globToRegExp(glob) {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '{') re += '(?:';
    else if (c === '}') re += ')';
    else if (c === ',') re += '|';
    else re += c.replace(/[.+?^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** The source files (relative to root) that a folder's mutate globs match. */
export function sourceFilesOf(root, globs) {
  const all = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith('.ts')) all.push(rel);
    }
  };
  walk('server/src');
  walk('client/src');
  // Like Stryker's `mutate`: a pattern starting with `!` takes files out again.
  const included = globs.filter((glob) => !glob.startsWith('!')).map(globToRegExp);
  const excluded = globs.filter((glob) => glob.startsWith('!')).map((glob) => globToRegExp(glob.slice(1)));
  return all.filter((file) => included.some((re) => re.test(file)) && !excluded.some((re) => re.test(file)));
}

/** The test files (relative to root) that a folder's test globs match, in the table's order. */
export function testFilesOf(root, globs) {
  const all = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith('.test.ts')) all.push(rel);
    }
  };
  walk('test');
  all.sort();
  const out = [];
  for (const glob of globs) {
    const re = globToRegExp(glob);
    for (const file of all) if (re.test(file) && !out.includes(file)) out.push(file);
  }
  return out;
}

/** Where build-tests.mjs writes a test file's bundle (beside it, so that its __dirname is unchanged). */
export const bundleName = (testFile) => testFile.replace(/\.ts$/, '.mut.cjs');
