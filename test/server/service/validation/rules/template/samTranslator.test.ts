/**
 * The real SAM transform (aws-sam-translator 1.115.0, installed into the private virtualenv by
 * scripts/ensure-sam-translator.mjs) as the oracle for our SAM template checks. On every SAM template of the shared
 * corpus and on 2,600 generated variants (a third of them written as YAML with short-form tags) of what the transform
 * checks for APIs (test/server/service/validation/rules/template/samOracle/variants.ts): does the transform reject, do
 * we report an error, and is our error on the property the variant changed. Targets (issue #13): at least 99%
 * agreement, at least 95% of rejections reported on their property, and no error at all on a corpus template the
 * transform accepts.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { listFixtures, sharedDir } from '../../../../../support/fixtures';
import { allRuleCases } from './samOracle/cases';
import { onTarget, ourErrors, runTransform, samPython, TransformResult } from './samOracle/oracle';
import { expectsError } from './samOracle/ruleCase';
import { generateVariants, variantText } from './samOracle/variants';

const corpusDirs = ['valid', 'unverified']
  .map((d) => path.join(sharedDir, 'corpus', d))
  .filter((d) => fs.existsSync(d));
const corpus = corpusDirs
  .flatMap((d) => listFixtures(d))
  .filter((f) => /AWS::Serverless/.test(fs.readFileSync(f, 'utf8')));
const variants = generateVariants();
const variantTexts = variants.map((v, i) => ({ id: v.id, ...variantText(v, i) }));

let verdicts: Map<string, TransformResult>;
const messageText = (m: string | { value: string }) => (typeof m === 'string' ? m : m.value);

describe('SAM transform as the oracle', () => {
  before(() => {
    const items = [
      ...corpus.map((f) => ({ id: f, text: fs.readFileSync(f, 'utf8') })),
      ...variantTexts.map(({ id, text }) => ({ id, text })),
      ...allRuleCases.map((c) => ({ id: `case: ${c.name}`, text: c.text })),
    ];
    verdicts = runTransform(samPython(), items);
  });

  test('corpus: no error on a SAM template the transform accepts', () => {
    assert.ok(corpus.length >= 10, `found ${corpus.length} SAM templates in the corpus`);
    const accepted = corpus.filter((f) => verdicts.get(f)?.accepted);
    const falseErrors: string[] = [];
    for (const file of accepted) {
      const { errors } = ourErrors(file, fs.readFileSync(file, 'utf8'));
      for (const e of errors)
        falseErrors.push(
          `${path.relative(sharedDir, file)}:${e.range.start.line + 1} ${e.code} ${messageText(e.message)}`,
        );
    }
    const rejected = corpus
      .filter((f) => !verdicts.get(f)?.accepted)
      .map(
        (f) =>
          `${path.relative(sharedDir, f)}: ${verdicts
            .get(f)
            ?.errors.map((e) => e.message)
            .join('; ')}`,
      );
    console.log(
      `corpus SAM templates: ${corpus.length}, accepted by the transform ${accepted.length}, our errors on those ${falseErrors.length}${rejected.length ? `; rejected:\n  ${rejected.join('\n  ')}` : ''}`,
    );
    assert.deepEqual(falseErrors, []);
  });

  test('generated variants: we agree with the transform, on the property it is about', () => {
    assert.ok(variants.length >= 2000, `${variants.length} variants`);
    let agree = 0;
    let rejected = 0;
    let reportedRejections = 0;
    let located = 0;
    const disagreements: string[] = [];
    const unlocated: string[] = [];
    for (const [i, variant] of variants.entries()) {
      const verdict = verdicts.get(variant.id);
      assert.ok(verdict, `a verdict for ${variant.id}`);
      const ours = ourErrors(
        `/variants/${variant.id}.${variantTexts[i].extension}`,
        variantTexts[i].text,
        variant.targets,
      );
      const weReject = ours.errors.length > 0;
      if (!verdict.accepted) rejected++;
      if (weReject === !verdict.accepted) agree++;
      else {
        const what = variant.targets.map((t) => t.slice(1).join('.')).join(' + ');
        disagreements.push(
          weReject
            ? `${variant.id} (${what}): transform accepts, we report ${ours.errors.map((e) => `${e.code}: ${messageText(e.message)}`).join('; ')}`
            : `${variant.id} (${what}): transform rejects (${verdict.errors.map((e) => e.message).join('; ')}), we report nothing`,
        );
      }
      if (!verdict.accepted && weReject) {
        reportedRejections++;
        if (onTarget(ours)) located++;
        else
          unlocated.push(
            `${variant.id}: ${ours.errors.map((e) => `line ${e.range.start.line + 1} ${e.code}`).join(', ')}`,
          );
      }
    }
    const agreement = agree / variants.length;
    const location = reportedRejections ? located / reportedRejections : 1;
    console.log(
      `SAM variants: ${variants.length} (transform rejects ${rejected}, accepts ${variants.length - rejected}); agreement ${agree}/${variants.length} (${(agreement * 100).toFixed(1)}%); rejections reported on their property ${located}/${reportedRejections} (${(location * 100).toFixed(1)}%)`,
    );
    if (disagreements.length) console.log(`disagreements:\n  ${disagreements.slice(0, 30).join('\n  ')}`);
    assert.ok(rejected > 300 && variants.length - rejected > 300, 'both verdicts are well represented');
    assert.ok(
      agreement >= 0.99,
      `agreement ${(agreement * 100).toFixed(1)}% below 99%:\n${disagreements.slice(0, 40).join('\n')}`,
    );
    assert.ok(
      location >= 0.95,
      `only ${(location * 100).toFixed(1)}% on their property:\n${unlocated.slice(0, 40).join('\n')}`,
    );
  });

  // The cases the rules' own tests hold our diagnostics to (samOracle/cases/): each expected error is one the
  // transform raises too, and a case without one is a template it accepts.
  test('rule cases: an error where the transform rejects, none where it accepts', () => {
    const judged = allRuleCases.filter((c) => !c.oracle);
    assert.ok(judged.length >= 30, `${judged.length} cases`);
    const wrong = judged.flatMap((c) => {
      const verdict = verdicts.get(`case: ${c.name}`)!;
      if (expectsError(c) === !verdict.accepted) return [];
      return [
        `${c.name}: transform ${verdict.accepted ? 'accepts' : `rejects (${verdict.errors.map((e) => e.message).join('; ')})`}, the case expects ${expectsError(c) ? 'an error' : 'none'}`,
      ];
    });
    assert.deepEqual(wrong, []);
  });
});
