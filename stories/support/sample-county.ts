// The demo page (demo/main.ts) loads its county from here. The loader and the one map of sample
// URLs live with the element tests' support, so that tests, stories and the demo share them.
export {
  sampleCounty,
  type SampleCounty,
  type SampleCountyId,
} from '../../packages/components/src/test-support/sample-county.js';
