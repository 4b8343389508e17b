import { describe, expect, it } from 'vitest';
import { tauxDeRecouvrement } from './tauxDeRecouvrement.js';
import { cheminErreur, geler, proprieteRatioBorneMonotone } from '../../test/outils.js';

describe('tauxDeRecouvrement (recouvré / total)', () => {
  it('worked examples: 75 000 of 100 000 → 0.75; nothing → 0; everything → 1', () => {
    expect(tauxDeRecouvrement({ recouvre: '75000.00', total: '100000.00' })).toBe(0.75);
    expect(tauxDeRecouvrement({ recouvre: 0, total: 10 })).toBe(0);
    expect(tauxDeRecouvrement({ recouvre: '10.00', total: 10 })).toBe(1);
  });

  it('is the nearest double to the exact ratio of the cents (1/3)', () => {
    expect(tauxDeRecouvrement({ recouvre: '0.01', total: '0.03' })).toBe(1 / 3);
  });

  it('rejects a zero total and more recovered than due', () => {
    expect(cheminErreur(() => tauxDeRecouvrement({ recouvre: 0, total: 0 }))).toEqual(['total']);
    expect(cheminErreur(() => tauxDeRecouvrement({ recouvre: '10.01', total: 10 }))).toEqual(['recouvre']);
    expect(cheminErreur(() => tauxDeRecouvrement({ recouvre: 'NaN', total: 10 }))).toEqual(['recouvre']);
  });

  it('property: within [0, 1] and monotone in the amount recovered', () => {
    proprieteRatioBorneMonotone((part, total) => tauxDeRecouvrement({ recouvre: part, total }));
  });

  it('does not mutate its input', () => {
    expect(tauxDeRecouvrement(geler({ recouvre: '1.00', total: '4.00' }))).toBe(0.25);
  });
});
