/**
 * The wire limits live in one module (src/core/wire-limits.ts) that the browser side and the receiver share; the
 * shipped JSON Schemas state the same numbers. This checks that they agree, so a limit changed in one place
 * fails here rather than on a visitor's answer. Runs on the built package.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as limits from '../../dist/core/wire-limits.js';

const schema = (name) => JSON.parse(readFileSync(new URL(`../../schemas/${name}.v1.json`, import.meta.url), 'utf8'));

test('comment.v1: the text, the question and the reasons (issue 22) have the limits of wire-limits', () => {
  const { properties, anyOf } = schema('comment');
  assert.equal(properties.text.maxLength, limits.MAX_COMMENT_LENGTH);
  assert.equal(properties.question.maxLength, limits.MAX_QUESTION_LENGTH);
  assert.equal(properties.reasons.maxItems, limits.MAX_REASONS);
  assert.equal(properties.reasons.items.minLength, 1);
  assert.equal(properties.reasons.items.maxLength, limits.MAX_REASON_LENGTH);
  // The text may be empty only when a reason was chosen.
  assert.deepEqual(anyOf, [
    { properties: { text: { minLength: 1 } } },
    { required: ['reasons'], properties: { reasons: { minItems: 1 } } },
  ]);
});

test('every data schema: ids and locale have the limits of wire-limits', () => {
  for (const name of ['rating', 'comment', 'shown', 'dismissed']) {
    const { properties } = schema(name);
    assert.equal(properties.surveyId.maxLength, limits.MAX_ID_LENGTH, name);
    assert.equal(properties.responseId.maxLength, limits.MAX_ID_LENGTH, name);
    assert.equal(properties.locale.maxLength, limits.MAX_LOCALE_LENGTH, name);
    assert.equal(properties.context.propertyNames.maxLength, limits.MAX_CONTEXT_KEY_LENGTH, name);
  }
});
