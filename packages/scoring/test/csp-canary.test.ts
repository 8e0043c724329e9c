import { describe, expect, it } from 'vitest';

describe('the scoring suite runs as a strict Content-Security-Policy page would', () => {
  it('cannot compile code from strings', () => {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    expect(() => new Function('return 1')).toThrow(EvalError);
  });
});
