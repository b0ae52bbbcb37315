/**
 * The server's bands (insights/forwarding/bands.ts) are the elements' (components/base/scales.ts sentimentOf):
 * one table, contract §3 (since both are core/bands.ts, the first test guards that they stay one), checked on every scale, range and value.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bandOf } from 'care-feedback/insights';
import { sentimentOf } from '../../dist/components/base/scales.js';

test('bandOf agrees with the elements on every scale, range and value', () => {
  const cases = [
    { scale: 'nps', min: 0, max: 10 },
    { scale: 'thumbs', min: 0, max: 1 },
    ...[3, 5].map((max) => ({ scale: 'emoji', min: 1, max })),
    ...['stars', 'numbers'].flatMap((scale) => [3, 5, 7, 10].map((max) => ({ scale, min: 1, max }))),
  ];
  let checked = 0;
  for (const shape of cases) {
    for (let value = shape.min; value <= shape.max; value++) {
      assert.equal(bandOf({ ...shape, value }), sentimentOf({ ...shape, value }), JSON.stringify({ ...shape, value }));
      checked++;
    }
  }
  assert.ok(checked > 50);
});

test('bandOf follows the table of contract §3 at its edges', () => {
  assert.equal(bandOf({ scale: 'nps', min: 0, max: 10, value: 6 }), 'negative');
  assert.equal(bandOf({ scale: 'nps', min: 0, max: 10, value: 7 }), 'neutral');
  assert.equal(bandOf({ scale: 'nps', min: 0, max: 10, value: 9 }), 'positive');
  assert.equal(bandOf({ scale: 'stars', min: 1, max: 5, value: 2 }), 'negative');
  assert.equal(bandOf({ scale: 'stars', min: 1, max: 5, value: 3 }), 'neutral');
  assert.equal(bandOf({ scale: 'stars', min: 1, max: 7, value: 3 }), 'negative');
  assert.equal(bandOf({ scale: 'numbers', min: 1, max: 10, value: 5 }), 'negative');
  assert.equal(bandOf({ scale: 'numbers', min: 1, max: 10, value: 9 }), 'positive');
  assert.equal(bandOf({ scale: 'thumbs', min: 0, max: 1, value: 0 }), 'negative');
});
