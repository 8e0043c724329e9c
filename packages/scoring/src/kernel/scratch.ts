import type { EncodedInputs } from './encode.js';

interface Buffers {
  bytes: Uint8Array;
  numbers: Float64Array;
}

const kept = new WeakMap<EncodedInputs, Buffers>();

/**
 * Working memory for the department sources of one scoring, kept with the encoded inputs and
 * reused by every later scoring of them (the buffers go when the inputs go). Source values live
 * only while their indicators fire, yet they are the largest fresh memory a scoring takes (one
 * byte or number per household and source: tens of MB for a city); on a heap that holds the
 * inputs' millions of strings, fresh memory is what starts a full collection. Scoring is
 * synchronous and does not call itself, so one set per inputs is enough.
 *
 * The contents are whatever the last scoring left: callers initialise what they use.
 */
export function scratch(data: EncodedInputs, bytes: number, numbers: number): Buffers {
  let b = kept.get(data);
  if (!b) {
    b = { bytes: new Uint8Array(bytes), numbers: new Float64Array(numbers) };
    kept.set(data, b);
  }
  if (b.bytes.length < bytes) b.bytes = new Uint8Array(bytes);
  if (b.numbers.length < numbers) b.numbers = new Float64Array(numbers);
  return b;
}
